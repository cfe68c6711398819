package dev.interlinear.bench;

/**
 * The figures of one benchmark run, as {@code bench --json} prints them.
 *
 * @param buildCpuSeconds processor time the whole process spent during the build (all threads: indexing,
 *                        merging, GC, JIT), which other programs on the machine do not inflate the way they
 *                        inflate {@code buildSeconds}; -1 where the JVM cannot tell
 */
public record BenchRun(
        int sentences,
        double buildSeconds,
        double buildCpuSeconds,
        double sentencesPerSecond,
        long indexBytes,
        long heapBytes,
        double firstAnswerMs,
        Latency answerMs,
        int threads,
        Latency answerMsThreads,
        double answersPerSecond,
        Latency plainMs,
        double ratioP50,
        double hitAt1,
        int questions,
        double detectionMicros,
        double segmentationMicros,
        double queryBuildingMicros) {

    /** Median and 99th percentile, in milliseconds. */
    public record Latency(double p50, double p99) {}

    /** The figures in the order of the columns that {@code bench} prints and writes as Markdown. */
    public Object[] columns() {
        return new Object[] {
            sentences,
            buildSeconds,
            buildCpuSeconds,
            sentencesPerSecond,
            indexBytes / 1e6,
            heapBytes / 1e6,
            firstAnswerMs,
            answerMs.p50(),
            answerMs.p99(),
            answerMsThreads.p50(),
            answerMsThreads.p99(),
            answersPerSecond,
            plainMs.p50(),
            plainMs.p99(),
            ratioP50(),
            hitAt1(),
            detectionMicros(),
            segmentationMicros(),
            queryBuildingMicros()
        };
    }
}
