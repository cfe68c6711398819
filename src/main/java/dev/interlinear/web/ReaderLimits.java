package dev.interlinear.web;

/**
 * How much one reader page shows and how many rendered pages are kept.
 *
 * @param sentencesPerPage sentences of a translation on one page (the parallel view shows about as many, over
 *                         all its columns)
 * @param cachedPages      rendered pages kept at most
 * @param cachedBytes      bytes of rendered pages kept at most; a page over an eighth of it is not kept
 */
record ReaderLimits(int sentencesPerPage, int cachedPages, long cachedBytes) {

    /**
     * 2 000 sentences a page (about 130 kB of HTML for short sentences); up to 256 pages in 64 MiB, or a
     * sixteenth of the heap when that is less, so that a service run with a small heap keeps its memory.
     */
    static final ReaderLimits DEFAULTS = new ReaderLimits(
            2_000, 256, Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 16));

    ReaderLimits {
        if (sentencesPerPage < 1 || cachedPages < 0 || cachedBytes < 0) {
            throw new IllegalArgumentException(
                    "reader limits must be positive: " + sentencesPerPage + ", " + cachedPages + ", " + cachedBytes);
        }
    }
}
