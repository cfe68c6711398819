package dev.interlinear.lexicon;

import dev.interlinear.language.Folding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Makes the {@link WordTranslations} of a corpus from the installed dictionaries: for each language questions may
 * be asked in and each language of the articles, the dictionary between them read in both directions (English to
 * German, and German to English read backwards). A headword and a translation are taken when each is one word that
 * the language's analyser makes one term of; a translation is kept only when the articles use its term, or the terms
 * of its {@link Inflections} (dictionaries give "unterzeichnen", the articles say "unterzeichnet").
 */
public final class TranslationsBuilder {

    /** The terms a language's analyser makes of a text (the index's analysers). */
    @FunctionalInterface
    public interface Terms {
        List<String> of(String lang, String text);
    }

    /** How many first letters {@link #mayBeUsed} compares. */
    private static final int START = 3;

    private final Dictionaries dictionaries;
    private final Terms terms;
    private final Consumer<String> problems;
    private final Inflections inflections;

    /**
     * @param problems told of each dictionary that cannot be read (damaged, unreadable): it is passed over, the
     *                 others are used and the index is built all the same
     */
    public TranslationsBuilder(Dictionaries dictionaries, Terms terms, Consumer<String> problems) {
        this(dictionaries, terms, problems, Inflections.none());
    }

    /** @param inflections the article words' dictionary forms: a translation also leads to the forms the articles use */
    public TranslationsBuilder(
            Dictionaries dictionaries, Terms terms, Consumer<String> problems, Inflections inflections) {
        this.dictionaries = dictionaries;
        this.terms = terms;
        this.problems = problems;
        this.inflections = inflections;
    }

    /**
     * @param askedIn    the languages questions may be asked in that some article lacks
     * @param vocabulary each article language's terms, as the index holds them
     */
    public WordTranslations build(Set<String> askedIn, Map<String, Set<String>> vocabulary) throws IOException {
        List<Callable<WordTranslations>> pairs = new ArrayList<>();
        for (String asked : askedIn) {
            for (var target : vocabulary.entrySet()) {
                if (target.getKey().equals(asked)) {
                    continue;
                }
                // Each direction is a task of its own: the largest dictionaries come in both directions.
                if (dictionaries.between(asked, target.getKey()).isPresent()) {
                    pairs.add(() -> readable(asked, target.getKey(), target.getValue(), true));
                }
                if (dictionaries.between(target.getKey(), asked).isPresent()) {
                    pairs.add(() -> readable(asked, target.getKey(), target.getValue(), false));
                }
            }
        }
        WordTranslations out = WordTranslations.empty(askedIn);
        if (pairs.isEmpty()) {
            return out;
        }
        // Each pair reads its own dictionaries: on every core, as the articles are prepared.
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.min(pairs.size(), Runtime.getRuntime().availableProcessors()));
        try {
            for (Future<WordTranslations> done : pool.invokeAll(pairs)) {
                out.addAll(done.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the dictionaries", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("reading the dictionaries failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /**
     * The translations of a new generation made from those of the one it was built from: only the articles' new
     * words are looked up (a changed figure needs no dictionary read at all). Built anew when the previous ones were
     * made for other question languages.
     *
     * @param before the previous generation's vocabulary
     */
    public WordTranslations update(
            WordTranslations previous,
            Set<String> askedIn,
            Map<String, Set<String>> vocabulary,
            Map<String, Set<String>> before)
            throws IOException {
        if (!previous.askedIn().containsAll(askedIn)) {
            return build(askedIn, vocabulary);
        }
        Map<String, Set<String>> added = new TreeMap<>();
        vocabulary.forEach((lang, terms) -> {
            Set<String> known = before.getOrDefault(lang, Set.of());
            Set<String> fresh = new HashSet<>();
            for (String t : terms) {
                if (!known.contains(t) && t.chars().anyMatch(Character::isLetter)) {
                    fresh.add(t);
                }
            }
            if (!fresh.isEmpty()) {
                added.put(lang, fresh);
            }
        });
        WordTranslations out = previous.forAskedIn(askedIn);
        if (!added.isEmpty()) {
            out.addAll(build(askedIn, added));
        }
        return out;
    }

    /** {@link #pair}, or none when the dictionary cannot be read (a damaged file must not stop the index). */
    private WordTranslations readable(String asked, String lang, Set<String> used, boolean forwards) {
        try {
            return pair(asked, lang, used, forwards);
        } catch (IOException | RuntimeException e) {
            String from = forwards ? asked : lang;
            String to = forwards ? lang : asked;
            problems.accept("the " + from + "-" + to + " dictionary could not be read and is passed over: " + e);
            return WordTranslations.empty();
        }
    }

    /**
     * The translations between a language questions are asked in and an article language, from the dictionary
     * from the one into the other ({@code forwards}) or from the one the other way, read backwards.
     */
    private WordTranslations pair(String asked, String lang, Set<String> used, boolean forwards) throws IOException {
        WordTranslations out = WordTranslations.empty();
        Set<String> starts = starts(used);
        starts.addAll(starts(inflections.dictionaryForms(lang))); // "dizer" leads to "disse"
        Map<String, Optional<String>> askedTerms = new HashMap<>();
        Map<String, Optional<String>> targetTerms = new HashMap<>();
        Optional<DictdDictionary> forward = forwards ? dictionaries.between(asked, lang) : Optional.empty();
        if (forward.isPresent()) {
            forward.get().read(TranslationsBuilder::oneWord, entry -> {
                Optional<String> stem = Optional.empty();
                for (String t : entry.translations()) {
                    if (!mayBeUsed(t, starts)) {
                        continue;
                    }
                    for (String term : articleTerms(lang, oneTerm(lang, t, targetTerms), used)) {
                        stem = stem.isPresent() ? stem : oneTerm(asked, entry.headword(), askedTerms);
                        if (stem.isEmpty()) {
                            return;
                        }
                        out.add(asked, stem.get(), lang, term);
                    }
                }
            });
        }
        Optional<DictdDictionary> backward = forwards ? Optional.empty() : dictionaries.between(lang, asked);
        if (backward.isPresent()) {
            backward.get().read(h -> oneWord(h) && mayBeUsed(h, starts), entry -> {
                Set<String> found = articleTerms(lang, oneTerm(lang, entry.headword(), targetTerms), used);
                if (found.isEmpty()) {
                    return;
                }
                for (String t : entry.translations()) {
                    oneTerm(asked, t, askedTerms)
                            .ifPresent(stem -> found.forEach(term -> out.add(asked, stem, lang, term)));
                }
            });
        }
        return out;
    }

    /** The article terms a dictionary word's term stands for: itself where the articles use it, and its forms. */
    private Set<String> articleTerms(String lang, Optional<String> term, Set<String> used) {
        if (term.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        if (used.contains(term.get())) {
            out.add(term.get());
        }
        for (String form : inflections.of(lang, term.get())) {
            if (used.contains(form)) {
                out.add(form);
            }
        }
        return out;
    }

    /**
     * The first letters of the terms the articles use. A word whose first letters (lower case, without accents) are
     * not among them makes no such term: an analyser keeps the start of a word, so most dictionary words are passed
     * over without being analysed.
     */
    private static Set<String> starts(Set<String> used) {
        Set<String> out = new HashSet<>();
        for (String term : used) {
            out.add(start(term));
        }
        return out;
    }

    private static boolean oneWord(String headword) {
        return headword.indexOf(' ') < 0;
    }

    private static boolean mayBeUsed(String word, Set<String> starts) {
        // Folding the first few letters is enough for the first START of the folded word, and much cheaper.
        return starts.contains(start(Folding.fold(word.length() > 2 * START ? word.substring(0, 2 * START) : word)));
    }

    private static String start(String term) {
        return term.length() <= START ? term : term.substring(0, START);
    }

    /** The one term a single word makes; empty for several words, a stop word, or a word of no letters. */
    private Optional<String> oneTerm(String lang, String word, Map<String, Optional<String>> cache) {
        if (word.isEmpty() || word.indexOf(' ') >= 0 || word.chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(word, w -> {
            List<String> made = terms.of(lang, w);
            return made.size() == 1 ? Optional.of(made.get(0)) : Optional.empty();
        });
    }
}
