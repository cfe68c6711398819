package dev.interlinear.bench;

import dev.interlinear.text.LanguageDetector;
import dev.interlinear.text.OpenNlpLanguageDetector;
import dev.interlinear.text.SentenceSegmenter;
import java.util.List;

/**
 * Micro-timings of the hot pieces on their own, after a warm-up: language detection of a question and
 * segmentation of a paragraph. (Query building and ranking are inside the answer latency.)
 */
final class HotPieces {

    /** Microseconds per call. */
    record Figures(double detectionMicros, double segmentationMicros) {
    }

    static Figures measure(List<String> questions, List<String> paragraphs, List<String> languages) {
        LanguageDetector detector = new OpenNlpLanguageDetector(OpenNlpLanguageDetector.loadModel(), languages);
        SentenceSegmenter segmenter = new SentenceSegmenter();
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            questions.forEach(detector::detect);
            paragraphs.forEach(p -> segmenter.split(p, languages.get(0)));
        }
        long d = System.nanoTime();
        questions.forEach(detector::detect);
        double detection = (System.nanoTime() - d) / 1e3 / Math.max(1, questions.size());
        long s = System.nanoTime();
        paragraphs.forEach(p -> segmenter.split(p, languages.get(0)));
        double segmentation = (System.nanoTime() - s) / 1e3 / Math.max(1, paragraphs.size());
        return new Figures(Math.round(detection * 10) / 10.0, Math.round(segmentation * 10) / 10.0);
    }
}
