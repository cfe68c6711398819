package dev.interlinear.answer;

import dev.interlinear.config.AnswerSettings;
import dev.interlinear.facts.Discrepancy;
import dev.interlinear.facts.FactBook;
import dev.interlinear.index.Fields;
import dev.interlinear.index.IndexedSentence;
import dev.interlinear.index.LanguageAnalyzers;
import dev.interlinear.index.LanguageCoverage;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.index.SentenceSignals;
import dev.interlinear.language.LanguageDetector;
import dev.interlinear.language.Languages;
import dev.interlinear.lexicon.SpellingDictionaries;
import dev.interlinear.lexicon.WordTranslations;
import dev.interlinear.quantity.QuantityExtractor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;

/** The one entry point front ends call: a question in, an answer (or a reasoned "not in the articles") out. */
public final class AnswerService {

    /**
     * Longer input is no question. A Discord message has at most 2 000 characters (4 000 with Nitro), and an
     * answer keeps its question whole in the embed's footer (2 048), where "Another answer" reads it back.
     */
    public static final int MAX_QUESTION_CHARS = 2000;
    /** The longest question a typed field takes: the /ask option and the web API's {@code q}. */
    public static final int MAX_TYPED_QUESTION_CHARS = 1000;
    /**
     * Candidates Lucene hands to the ranker. Each costs a stored-document read and a coverage count; 15 rank
     * as well as 25 did on both eval sets and the bench, 10 did not.
     */
    static final int CANDIDATES = 15;

    private final SentenceIndex index;
    private final FactBook facts;
    private final AnswerSettings settings;
    private final Links links;
    private final ReplyLanguage replyLanguage;
    private final QuestionAnalyzer questionAnalyzer;
    private final CandidateQuery candidateQuery = new CandidateQuery();
    private final Ranker ranker;
    private final Interrogatives interrogatives = new Interrogatives();
    private final AnswerConfidence confidence;

    public AnswerService(
            SentenceIndex index,
            FactBook facts,
            LanguageAnalyzers analyzers,
            LanguageDetector detector,
            Set<String> languages,
            String defaultLanguage,
            AnswerSettings settings,
            Links links) {
        this(
                index,
                facts,
                analyzers,
                detector,
                languages,
                defaultLanguage,
                settings,
                links,
                SpellingDictionaries.none());
    }

    /** @param spelling the languages' spelling dictionaries: a question word they do not know may be a typing slip */
    public AnswerService(
            SentenceIndex index,
            FactBook facts,
            LanguageAnalyzers analyzers,
            LanguageDetector detector,
            Set<String> languages,
            String defaultLanguage,
            AnswerSettings settings,
            Links links,
            SpellingDictionaries spelling) {
        this.confidence = AnswerConfidence.shipped();
        this.index = index;
        this.facts = facts;
        this.settings = settings;
        this.links = links;
        Set<String> supported = new HashSet<>(languages);
        supported.addAll(index.languages());
        this.replyLanguage = new ReplyLanguage(detector, supported, defaultLanguage);
        SentenceSignals signals = new SentenceSignals(new QuantityExtractor());
        this.questionAnalyzer = new QuestionAnalyzer(
                analyzers, interrogatives, signals, WordTranslations.load(index.generation()), spelling);
        this.ranker = new Ranker(index::sentencesInGroup);
    }

    /**
     * The Lucene query that {@link #ask} gathers candidates with, for a question already in {@code lang}: question
     * analysis (words, stems, weights, numbers, answer type) and query building, timed alone by the benchmark.
     */
    public Query candidateQuery(String question, String lang) {
        return query(questionAnalyzer.analyze(question, lang, index));
    }

    private Query query(AnalyzedQuestion analyzed) {
        LanguageCoverage coverage = index.coverage();
        return candidateQuery.build(
                analyzed, coverage.articlesLacking(analyzed.lang()), coverage.anyArticleIn(analyzed.lang()));
    }

    /**
     * Answers a question.
     *
     * @throws InvalidQuestionException when the question is empty, too long, has no words, or asks for a
     *                                  language that is not supported
     */
    public AnswerResult ask(AskRequest request) {
        Considered considered = consider(request);
        String question = considered.question();
        String lang = considered.lang();
        List<Ranker.Ranked> ranked = considered.ranked();
        if (ranked.isEmpty()) {
            return AnswerResult.declined(question, lang);
        }
        // The decline reads the model's probability that the best sentence answers, not a raw score: it is
        // comparable between questions (a short chat message and a long one alike).
        double p = confidence.probability(considered.analyzed(), ranked, 0);
        if (p < settings.minConfidence()) {
            return AnswerResult.declined(question, lang);
        }
        Ranker.Ranked best = ranked.get(0);
        IndexedSentence s = best.sentence();
        // The answer's own passage in another translation is no alternative: it is already under "translations".
        List<Alternative> alternatives = new ArrayList<>();
        for (int i = 1; i < ranked.size() && alternatives.size() < settings.alternatives(); i++) {
            IndexedSentence a = ranked.get(i).sentence();
            if (!a.group().equals(s.group())) {
                alternatives.add(new Alternative(
                        a.article(),
                        a.lang(),
                        a.index(),
                        a.text(),
                        round(confidence.probability(considered.analyzed(), ranked, i)),
                        link(a)));
            }
        }
        boolean fallback = !Languages.base(s.lang()).equals(lang);
        return new AnswerResult(question, lang, true, fallback, Optional.of(answer(s, p)), alternatives);
    }

    /** A question read, its language chosen and its candidates ranked; no decline yet. */
    private record Considered(String question, String lang, AnalyzedQuestion analyzed, List<Ranker.Ranked> ranked) {}

    private Considered consider(AskRequest request) {
        String question;
        String lang;
        try {
            question = clean(request.question());
            lang = replyLanguage.choose(
                    new AskRequest(question, request.explicitLanguage(), request.userLocale(), request.serverLocale()));
        } catch (InvalidQuestionException refused) {
            // Front ends tell the refusal in the language the answer would have been in.
            throw refused.inLanguage(replyLanguage.forRefusal(request));
        }
        AnalyzedQuestion analyzed = questionAnalyzer.analyze(question, lang, index);
        if (analyzed.isEmpty()) {
            return new Considered(question, lang, analyzed, List.of());
        }
        List<Ranker.Ranked> ranked =
                ranker.rank(analyzed, index.search(query(analyzed), CANDIDATES, termsToRead(analyzed)));
        return new Considered(question, lang, analyzed, ranked);
    }

    /** The question's stems in its language's field, and its words' translations in the other languages' fields. */
    private static Map<String, Set<String>> termsToRead(AnalyzedQuestion analyzed) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (QueryWord w : analyzed.words()) {
            out.computeIfAbsent(Fields.body(analyzed.lang()), f -> new LinkedHashSet<>())
                    .add(w.stem());
            w.translations()
                    .forEach((lang, terms) -> out.computeIfAbsent(Fields.body(lang), f -> new LinkedHashSet<>())
                            .addAll(terms));
        }
        return out;
    }

    /**
     * What the confidence model is fitted on: for each of the best candidates (at most {@code limit}), its
     * sentence and the model's features, in ranking order, without any decline.
     */
    public Judged judge(AskRequest request, int limit) {
        Considered considered = consider(request);
        List<Judged.Candidate> out = new ArrayList<>();
        for (int i = 0; i < considered.ranked().size() && i < limit; i++) {
            IndexedSentence s = considered.ranked().get(i).sentence();
            out.add(new Judged.Candidate(
                    s.article(),
                    s.lang(),
                    s.text(),
                    AnswerConfidence.features(considered.analyzed(), considered.ranked(), i),
                    AnswerConfidence.otherLanguage(considered.analyzed(), s)));
        }
        return new Judged(considered.lang(), out);
    }

    /** One sentence of a translation shown as an answer would show it, with its aligned sentences. */
    public Optional<Answer> sentence(String article, String lang, int sentenceIndex) {
        return index.sentence(article, lang, sentenceIndex).map(s -> answer(s, 1.0));
    }

    /** Every translation of every article, by article id then language. */
    public List<Source> sources() {
        return index.translations().stream()
                .map(t ->
                        new Source(t.article(), t.lang(), t.title(), links.translation(t.article(), t.lang()), t.url()))
                .toList();
    }

    /** Whether a chat message reads as a question: a question mark of any script, or a question word at its start. */
    public boolean looksLikeQuestion(String text) {
        String t = text.strip();
        return interrogatives.hasQuestionMark(t) || interrogatives.startsWithQuestionWord(t);
    }

    private Answer answer(IndexedSentence s, double confidence) {
        Optional<String> readerLink = s.url().map(u -> links.reader(s.article(), s.lang(), s.index()));
        Optional<String> textLang =
                s.textLang().equals(Languages.base(s.lang())) ? Optional.empty() : Optional.of(s.textLang());
        return new Answer(
                s.article(),
                s.title(),
                s.lang(),
                textLang,
                s.index(),
                s.text(),
                index.neighbours(s.article(), s.lang(), s.index()),
                link(s),
                readerLink,
                round(confidence),
                translations(s),
                discrepancy(s));
    }

    /** The other translation's figure when it disagrees with this sentence's. */
    private Optional<DiscrepancyNote> discrepancy(IndexedSentence s) {
        return facts.discrepancyAt(s.article(), s.lang(), s.index()).map(d -> {
            Discrepancy.Side own = d.left().lang().equals(s.lang()) ? d.left() : d.right();
            Discrepancy.Side other = own == d.left() ? d.right() : d.left();
            return new DiscrepancyNote(
                    other.lang(),
                    other.sentenceIndex(),
                    other.surface(),
                    own.surface(),
                    index.sentence(s.article(), other.lang(), other.sentenceIndex())
                            .map(this::link)
                            .orElseGet(() -> links.reader(s.article(), other.lang(), other.sentenceIndex())));
        });
    }

    /** The facts of the corpus, for the facts commands. */
    public FactBook facts() {
        return facts;
    }

    private List<AlignedSentence> translations(IndexedSentence s) {
        List<AlignedSentence> out = new ArrayList<>();
        String currentLang = null;
        List<IndexedSentence> run = new ArrayList<>();
        for (IndexedSentence g : index.group(s.group(), s.lang())) {
            if (!g.lang().equals(currentLang) && !run.isEmpty()) {
                out.add(aligned(run));
                run.clear();
            }
            currentLang = g.lang();
            run.add(g);
        }
        if (!run.isEmpty()) {
            out.add(aligned(run));
        }
        return out;
    }

    private AlignedSentence aligned(List<IndexedSentence> run) {
        IndexedSentence first = run.get(0);
        String text = String.join(" ", run.stream().map(IndexedSentence::text).toList());
        return new AlignedSentence(first.lang(), first.index(), text, link(first));
    }

    private String link(IndexedSentence s) {
        return links.sentence(s.article(), s.lang(), s.index(), s.url(), s.fragment());
    }

    /** Control and format characters (zero-width, bidi marks) go; runs of white space become one space. */
    static String clean(String question) {
        if (question.length() > MAX_QUESTION_CHARS * 4) {
            throw tooLong(question.length());
        }
        StringBuilder out = new StringBuilder(question.length());
        question.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || type == Character.CONTROL) {
                out.append(' ');
            } else if (type != Character.FORMAT && type != Character.UNASSIGNED && type != Character.PRIVATE_USE) {
                out.appendCodePoint(cp);
            }
        });
        String cleaned = out.toString().replaceAll(" {2,}", " ").strip();
        if (cleaned.isEmpty()) {
            throw new InvalidQuestionException(
                    InvalidQuestionException.Reason.EMPTY, "the question is empty", List.of());
        }
        if (cleaned.length() > MAX_QUESTION_CHARS) {
            throw tooLong(cleaned.length());
        }
        if (cleaned.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidQuestionException(
                    InvalidQuestionException.Reason.NO_WORDS, "the question has no words to look up", List.of());
        }
        return cleaned;
    }

    private static InvalidQuestionException tooLong(int length) {
        return new InvalidQuestionException(
                InvalidQuestionException.Reason.TOO_LONG,
                "the question is too long (" + length + " characters; at most " + MAX_QUESTION_CHARS + ")",
                List.of(length, MAX_QUESTION_CHARS));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
