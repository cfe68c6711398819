package dev.interlinear.bench;

/** The figures of one benchmark run, as {@code bench --json} prints them. */
public record BenchRun(int sentences, double buildSeconds, double sentencesPerSecond, long indexBytes, long heapBytes,
                       double firstAnswerMs, Latency answerMs, int threads, Latency answerMsThreads,
                       double answersPerSecond, Latency plainMs, double ratioP50, double hitAt1, int questions,
                       double detectionMicros, double segmentationMicros) {

    /** Median and 99th percentile, in milliseconds. */
    public record Latency(double p50, double p99) {
    }
}
