package dev.interlinear.bench;

import dev.interlinear.answer.AnswerService;
import dev.interlinear.language.LanguageDetector;
import dev.interlinear.language.OpenNlpLanguageDetector;
import dev.interlinear.segment.SentenceSegmenter;
import java.util.List;

/**
 * Micro-timings of the hot pieces on their own, after a warm-up: language detection of a question,
 * segmentation of a paragraph, and building a question's Lucene query (analysis included). Ranking, retrieval
 * and rendering are inside the answer latency.
 */
final class HotPieces {

    /** Microseconds per call. */
    record Figures(double detectionMicros, double segmentationMicros, double queryBuildingMicros) {}

    static Figures measure(
            List<Benchmark.Question> asked, List<String> paragraphs, List<String> languages, AnswerService service) {
        List<String> questions = asked.stream().map(Benchmark.Question::text).toList();
        LanguageDetector detector = new OpenNlpLanguageDetector(OpenNlpLanguageDetector.loadModel(), languages);
        SentenceSegmenter segmenter = new SentenceSegmenter();
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            questions.forEach(detector::detect);
            paragraphs.forEach(p -> segmenter.split(p, languages.get(0)));
            asked.forEach(q -> service.candidateQuery(q.text(), q.lang()));
        }
        long d = System.nanoTime();
        questions.forEach(detector::detect);
        double detection = (System.nanoTime() - d) / 1e3 / Math.max(1, questions.size());
        long s = System.nanoTime();
        paragraphs.forEach(p -> segmenter.split(p, languages.get(0)));
        double segmentation = (System.nanoTime() - s) / 1e3 / Math.max(1, paragraphs.size());
        long b = System.nanoTime();
        asked.forEach(q -> service.candidateQuery(q.text(), q.lang()));
        double query = (System.nanoTime() - b) / 1e3 / Math.max(1, asked.size());
        return new Figures(round(detection), round(segmentation), round(query));
    }

    private static double round(double micros) {
        return Math.round(micros * 10) / 10.0;
    }
}
