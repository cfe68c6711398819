package dev.interlinear.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bounds of the page cache: pages, bytes, least recently used first out, no page bigger than an eighth. */
class PageCacheTest {

    private static PageKey key(int page) {
        return new PageKey("/data/index/g-1", PageKey.View.TRANSLATION, "a", List.of("en"), page, -1);
    }

    @Test
    void givenMorePagesThanItKeeps_whenOneMoreIsRendered_thenTheLeastRecentlyUsedGoes() {
        PageCache cache = new PageCache(2, 1_000);
        cache.get(key(1), "\"1\"", () -> "one");
        cache.get(key(2), "\"2\"", () -> "two");
        cache.get(key(1), "\"1\"", () -> "one again"); // used: 2 is now the oldest

        cache.get(key(3), "\"3\"", () -> "three");

        assertThat(cache.keys()).containsExactlyInAnyOrder(key(1), key(3));
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.bytes()).isEqualTo("one".length() + "three".length());
        assertThat(cache.renders()).isEqualTo(3);
    }

    @Test
    void givenPagesOverTheBytes_whenRendered_thenOldOnesGoUntilTheyFit() {
        PageCache cache = new PageCache(100, 800);
        for (int page = 1; page <= 10; page++) {
            cache.get(key(page), "\"" + page + "\"", () -> "x".repeat(100));
        }

        assertThat(cache.bytes()).isLessThanOrEqualTo(800);
        assertThat(cache.keys())
                .containsExactlyInAnyOrder(key(3), key(4), key(5), key(6), key(7), key(8), key(9), key(10));
    }

    @Test
    void givenAPageOverAnEighthOfTheBytes_whenRendered_thenItIsServedButNotKept() {
        PageCache cache = new PageCache(100, 800);
        AtomicInteger renders = new AtomicInteger();

        for (int i = 0; i < 2; i++) {
            PageCache.Page page = cache.get(key(1), "\"1\"", () -> {
                renders.incrementAndGet();
                return "y".repeat(101);
            });
            assertThat(page.html()).hasSize(101);
        }

        assertThat(renders).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void givenTheSamePageOfAnotherGeneration_whenAsked_thenItIsRenderedAnew() {
        PageCache cache = new PageCache(10, 10_000);
        PageKey old = key(1);
        PageKey next =
                new PageKey("/data/index/g-2", old.view(), old.article(), old.langs(), old.page(), old.highlight());

        cache.get(old, old.etag("t"), () -> "old text");
        PageCache.Page page = cache.get(next, next.etag("t"), () -> "new text");

        assertThat(new String(page.html(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("new text");
        assertThat(next.etag("t")).isNotEqualTo(old.etag("t"));
        assertThat(old.etag("other templates")).isNotEqualTo(old.etag("t"));
    }
}
