package dev.interlinear.web;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rendered reader pages, so that a page is read from the index and rendered once per generation rather than on
 * every request. Bounded in pages and in bytes; the least recently used page goes first. Pages of a retired
 * generation are never asked for again (the generation is part of the key) and age out the same way.
 * Two requests that miss the same page at once may both render it: pages are bounded, so that costs little,
 * and nobody waits behind a lock while a page renders.
 */
final class PageCache {

    /** A page as it is sent: its entity tag and its UTF-8 bytes. */
    record Page(String etag, byte[] html) {}

    private final int maxPages;
    private final long maxBytes;
    private final Map<PageKey, Page> pages = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private final AtomicLong renders = new AtomicLong();

    PageCache(int maxPages, long maxBytes) {
        this.maxPages = maxPages;
        this.maxBytes = maxBytes;
    }

    /** The page of {@code key}: kept, or rendered now (and kept when it fits). */
    Page get(PageKey key, String etag, Supplier<String> render) {
        Page kept = lookup(key);
        if (kept != null) {
            return kept;
        }
        renders.incrementAndGet();
        Page page = new Page(etag, render.get().getBytes(StandardCharsets.UTF_8));
        keep(key, page);
        return page;
    }

    /** Pages rendered since the start (misses), for tests and figures. */
    long renders() {
        return renders.get();
    }

    synchronized int size() {
        return pages.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized List<PageKey> keys() {
        return List.copyOf(pages.keySet());
    }

    private synchronized Page lookup(PageKey key) {
        return pages.get(key);
    }

    private synchronized void keep(PageKey key, Page page) {
        long size = page.html().length;
        // One huge page would push out every other; it is rendered on each request instead.
        if (maxPages == 0 || size > maxBytes / 8) {
            return;
        }
        Page before = pages.put(key, page);
        bytes += size - (before == null ? 0 : before.html().length);
        Iterator<Page> oldestFirst = pages.values().iterator();
        while ((pages.size() > maxPages || bytes > maxBytes) && oldestFirst.hasNext()) {
            bytes -= oldestFirst.next().html().length;
            oldestFirst.remove();
        }
    }
}
