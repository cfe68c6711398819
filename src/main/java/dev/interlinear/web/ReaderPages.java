package dev.interlinear.web;

import dev.interlinear.answer.Source;
import dev.interlinear.facts.Discrepancy;
import dev.interlinear.facts.FactBook;
import dev.interlinear.index.Fields;
import dev.interlinear.index.IndexedSentence;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.language.Languages;
import dev.interlinear.web.PageModels.ArticleItem;
import dev.interlinear.web.PageModels.BlockView;
import dev.interlinear.web.PageModels.Cell;
import dev.interlinear.web.PageModels.Column;
import dev.interlinear.web.PageModels.IndexPage;
import dev.interlinear.web.PageModels.ItemView;
import dev.interlinear.web.PageModels.OtherTranslation;
import dev.interlinear.web.PageModels.Pager;
import dev.interlinear.web.PageModels.ParallelPage;
import dev.interlinear.web.PageModels.ReaderPage;
import dev.interlinear.web.PageModels.Row;
import dev.interlinear.web.PageModels.SentenceView;
import dev.interlinear.web.PageModels.TranslationItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * Builds the reader's pages from the index: the article list, one translation, translations side by side.
 * A long translation is shown in pages of a fixed number of sentences, so that the page holding sentence
 * {@code n} is {@code n / perPage + 1} (the reader's script computes the same to follow a {@code #s{n}} link).
 * The parallel view is paged by alignment groups (rows), about as many sentences a page over its columns.
 */
final class ReaderPages {

    /**
     * Where a request lands: the languages shown (one for a translation), the page (from 1), and the sentence
     * to highlight ({@code -1}: none, or not on this page).
     */
    record Place(List<String> langs, int page, int highlight) {
        Place {
            langs = List.copyOf(langs);
        }
    }

    private final SentenceIndex index;
    private final FactBook facts;
    private final Templates templates;
    private final int perPage;

    ReaderPages(SentenceIndex index, FactBook facts, Templates templates, int sentencesPerPage) {
        this.index = index;
        this.facts = facts;
        this.templates = templates;
        this.perPage = sentencesPerPage;
    }

    /** Sentences in the index, for /health. */
    int size() {
        return index.size();
    }

    /** The folder name of the served generation, for /health. */
    String generationName() {
        return index.generation().getFileName().toString();
    }

    /** The served generation, part of every cached page's key. */
    String generation() {
        return index.generation().toAbsolutePath().toString();
    }

    String index(List<Source> sources) {
        Map<String, List<TranslationItem>> byArticle = new LinkedHashMap<>();
        for (Source s : sources) {
            byArticle
                    .computeIfAbsent(s.article(), a -> new ArrayList<>())
                    .add(new TranslationItem(s.article(), s.lang(), Languages.nativeName(s.lang()), s.title()));
        }
        List<ArticleItem> articles = new ArrayList<>();
        byArticle.forEach((id, translations) -> articles.add(
                new ArticleItem(id, translations, translations.size() > 1 ? "/articles/" + id + "/parallel" : "")));
        return templates.render("index", new IndexPage(articles));
    }

    // --- one translation

    /**
     * The page of a translation to show: the one asked for (the last when it asks beyond the end), else the one
     * holding the highlighted sentence, else the first. Empty when there is no such translation. A few lookups
     * by key; nothing is rendered.
     */
    Optional<Place> translationPlace(String article, String lang, OptionalInt page, OptionalInt highlight) {
        IntPredicate exists = n -> has(article, lang, n);
        if (!exists.test(0)) {
            return Optional.empty();
        }
        int hl = highlight.isPresent() && exists.test(highlight.getAsInt()) ? highlight.getAsInt() : -1;
        int shown = pageToShow(page, hl, perPage, exists);
        return Optional.of(new Place(List.of(lang), shown, pageOf(hl, perPage) == shown ? hl : -1));
    }

    /** One page of a translation, every sentence addressable as {@code #s{n}}. */
    String translation(String article, Place place) {
        String lang = place.langs().get(0);
        int total = count(n -> has(article, lang, n));
        int pages = pages(total, perPage);
        int from = (place.page() - 1) * perPage;
        List<IndexedSentence> sentences = sentences(article, lang, from, Math.min(total, from + perPage), total);
        OptionalInt highlight = place.highlight() < 0 ? OptionalInt.empty() : OptionalInt.of(place.highlight());
        // The other translations open where this page is: at the highlighted sentence, else past the first
        // page at this page's first sentence, else at their start.
        Optional<IndexedSentence> anchor = highlight.isPresent()
                ? sentences.stream().filter(s -> s.index() == place.highlight()).findFirst()
                : place.page() > 1 ? Optional.of(sentences.get(0)) : Optional.empty();
        List<OtherTranslation> others = new ArrayList<>();
        List<String> languages = languagesOf(article);
        for (String other : languages) {
            if (!other.equals(lang)) {
                others.add(new OtherTranslation(
                        other, Languages.nativeName(other), samePlace(article, anchor, highlight.isPresent(), other)));
            }
        }
        String parallel = languages.size() > 1
                ? "/articles/" + article + "/parallel?langs=" + lang + ","
                        + String.join(
                                ",",
                                languages.stream().filter(l -> !l.equals(lang)).toList())
                        + highlight.stream()
                                .mapToObj(n -> "&hl=" + n)
                                .findFirst()
                                .orElse("")
                : "";
        String address = "/articles/" + article + "/" + lang + "?page=";
        ReaderPage page = new ReaderPage(
                lang,
                sentences.get(0).title(),
                others,
                parallel,
                highlight.isPresent() ? Integer.toString(place.highlight()) : "",
                pager(place.page(), pages, address),
                perPage,
                blocks(sentences, Languages.base(lang), highlight));
        return templates.render("reader", page);
    }

    /**
     * The sentences {@code from} (inclusive) to {@code to} of a translation of {@code total}. A translation of
     * one page is read in one query; a page of a longer one is read sentence by sentence, by key, since reading
     * the whole translation to show a slice of it cost seconds for 200 000 sentences.
     */
    private List<IndexedSentence> sentences(String article, String lang, int from, int to, int total) {
        if (total <= perPage) {
            return index.translation(article, lang);
        }
        List<IndexedSentence> out = new ArrayList<>(to - from);
        for (int n = from; n < to; n++) {
            index.sentence(article, lang, n).ifPresent(out::add);
        }
        return out;
    }

    private boolean has(String article, String lang, int n) {
        return n >= 0 && index.sentence(article, lang, n).isPresent();
    }

    // --- side by side

    /**
     * The page of two or more translations side by side to show, as {@link #translationPlace}; {@code highlight}
     * is a sentence of the first language. Empty when the article or one of the languages is unknown.
     */
    Optional<Place> parallelPlace(String article, List<String> langs, OptionalInt page, OptionalInt highlight) {
        List<String> available = languagesOf(article);
        List<String> columns = langs.isEmpty() ? available : langs;
        if (available.isEmpty()
                || columns.size() < 2
                || !available.containsAll(columns)
                || columns.stream().distinct().count() != columns.size()) {
            return Optional.empty();
        }
        int rows = rowsPerPage(columns);
        Optional<IndexedSentence> hl = highlight.isPresent() && highlight.getAsInt() >= 0
                ? index.sentence(article, columns.get(0), highlight.getAsInt())
                : Optional.empty();
        int hlRow = hl.map(s -> groupNumber(s.group())).orElse(-1);
        int shown = pageToShow(page, hlRow, rows, g -> hasGroup(article, g));
        return Optional.of(
                new Place(columns, shown, hl.isPresent() && pageOf(hlRow, rows) == shown ? highlight.getAsInt() : -1));
    }

    /** One page of translations side by side, one alignment group per row. */
    String parallel(String article, Place place) {
        List<String> columns = place.langs();
        int rows = rowsPerPage(columns);
        int groups = count(g -> hasGroup(article, g));
        int from = (place.page() - 1) * rows;
        Map<Integer, Map<String, List<SentenceView>>> byGroup = new TreeMap<>();
        for (IndexedSentence s : parallelSentences(article, columns, from, Math.min(groups, from + rows), groups)) {
            if (columns.contains(s.lang())) {
                boolean hl = s.lang().equals(columns.get(0)) && s.index() == place.highlight();
                byGroup.computeIfAbsent(groupNumber(s.group()), g -> new LinkedHashMap<>())
                        .computeIfAbsent(s.lang(), l -> new ArrayList<>())
                        .add(view(s, Languages.base(s.lang()), hl, disagreement(s)));
            }
        }
        List<Row> out = new ArrayList<>();
        byGroup.forEach((group, byLang) -> out.add(new Row(
                group,
                columns.stream()
                        .map(l -> new Cell(l, byLang.getOrDefault(l, List.of())))
                        .toList())));
        List<Column> heads = columns.stream()
                .map(l -> new Column(article, l, Languages.nativeName(l)))
                .toList();
        String address = "/articles/" + article + "/parallel?langs=" + String.join(",", columns) + "&page=";
        return templates.render(
                "parallel",
                new ParallelPage(
                        Languages.base(columns.get(0)),
                        article,
                        place.highlight() < 0 ? "" : Integer.toString(place.highlight()),
                        heads,
                        out,
                        pager(place.page(), pages(groups, rows), address)));
    }

    /** The sentences of groups {@code from} to {@code to}: whole translations when they fit one page, else group by group. */
    private List<IndexedSentence> parallelSentences(
            String article, List<String> columns, int from, int to, int groups) {
        List<IndexedSentence> out = new ArrayList<>();
        if (groups <= rowsPerPage(columns)) {
            columns.forEach(lang -> out.addAll(index.translation(article, lang)));
            return out;
        }
        for (int g = from; g < to; g++) {
            out.addAll(index.group(Fields.group(article, g), ""));
        }
        return out;
    }

    /** Rows of a parallel page: about {@code perPage} sentences over all columns. */
    private int rowsPerPage(List<String> columns) {
        return Math.max(1, perPage / columns.size());
    }

    private boolean hasGroup(String article, int group) {
        return group >= 0 && !index.group(Fields.group(article, group), "").isEmpty();
    }

    // --- shared

    String notFound(String message) {
        return templates.render("notfound", new PageModels.NotFoundPage(message));
    }

    /**
     * The page asked for when it exists, the last one when it lies beyond the end (a link from a longer version
     * of the article), else the page of the highlighted unit, else the first.
     */
    private static int pageToShow(OptionalInt asked, int highlighted, int perPage, IntPredicate exists) {
        if (asked.isPresent() && asked.getAsInt() >= 1) {
            long first = (long) (asked.getAsInt() - 1) * perPage;
            if (first <= Integer.MAX_VALUE && exists.test((int) first)) {
                return asked.getAsInt();
            }
            return pages(count(exists), perPage);
        }
        return highlighted >= 0 ? pageOf(highlighted, perPage) : 1;
    }

    private static int pageOf(int unit, int perPage) {
        return unit < 0 ? -1 : unit / perPage + 1;
    }

    private static int pages(int units, int perPage) {
        return Math.max(1, (units + perPage - 1) / perPage);
    }

    /**
     * How many units (sentences, groups) there are, numbered from 0 without gaps: about 2 log2(n) lookups,
     * doubling to pass the end and then halving.
     */
    static int count(IntPredicate exists) {
        if (!exists.test(0)) {
            return 0;
        }
        long present = 0;
        long absent = 1;
        while (absent <= Integer.MAX_VALUE && exists.test((int) absent)) {
            present = absent;
            absent *= 2;
        }
        while (absent - present > 1) {
            long middle = (present + absent) / 2;
            if (middle <= Integer.MAX_VALUE && exists.test((int) middle)) {
                present = middle;
            } else {
                absent = middle;
            }
        }
        return (int) present + 1;
    }

    /** Links to the previous and next pages; {@code address} ends where the page number goes. */
    private static Pager pager(int page, int pages, String address) {
        return new Pager(
                pages > 1, page, pages, page > 1 ? address + (page - 1) : "", page < pages ? address + (page + 1) : "");
    }

    private List<String> languagesOf(String article) {
        return index.translations().stream()
                .filter(t -> t.article().equals(article))
                .map(IndexedSentence::lang)
                .toList();
    }

    /**
     * The other translation at the sentence aligned with {@code anchor}: highlighted when the anchor is, else
     * on the page holding it; at its start when there is no anchor or nothing aligned.
     */
    private String samePlace(String article, Optional<IndexedSentence> anchor, boolean highlighted, String other) {
        String page = "/articles/" + article + "/" + other;
        if (anchor.isEmpty()) {
            return page;
        }
        return index.group(anchor.get().group(), anchor.get().lang()).stream()
                .filter(s -> s.lang().equals(other))
                .findFirst()
                .map(s -> highlighted
                        ? page + "?hl=" + s.index() + "#s" + s.index()
                        : page + (s.index() < perPage ? "" : "?page=" + pageOf(s.index(), perPage)) + "#s" + s.index())
                .orElse(page);
    }

    private static List<BlockView> blocks(List<IndexedSentence> sentences, String pageLang, OptionalInt highlight) {
        List<BlockView> out = new ArrayList<>();
        List<ItemView> openList = null;
        int i = 0;
        while (i < sentences.size()) {
            int block = sentences.get(i).block();
            String kind = sentences.get(i).kind();
            List<SentenceView> views = new ArrayList<>();
            while (i < sentences.size() && sentences.get(i).block() == block) {
                IndexedSentence s = sentences.get(i);
                views.add(view(s, pageLang, highlight.isPresent() && highlight.getAsInt() == s.index(), ""));
                i++;
            }
            if (kind.equals("LIST_ITEM")) {
                if (openList == null) {
                    openList = new ArrayList<>();
                    out.add(new BlockView(false, false, false, true, false, List.of(), openList));
                }
                openList.add(new ItemView(views));
                continue;
            }
            openList = null;
            out.add(new BlockView(
                    kind.equals("HEADING"),
                    kind.equals("PARAGRAPH") || kind.equals("TABLE_CELL"),
                    kind.equals("QUOTE"),
                    false,
                    kind.equals("CODE"),
                    views,
                    List.of()));
        }
        return out;
    }

    private static SentenceView view(IndexedSentence s, String pageLang, boolean hl, String disagree) {
        return new SentenceView(s.index(), s.text(), hl, s.textLang().equals(pageLang) ? "" : s.textLang(), disagree);
    }

    /** "700 Milliarden US-Dollar ≠ 7 trilhões de dólares (pt)" when translations disagree on this sentence's figure. */
    private String disagreement(IndexedSentence s) {
        return facts.discrepancyAt(s.article(), s.lang(), s.index())
                .map(d -> {
                    Discrepancy.Side own = d.left().lang().equals(s.lang()) ? d.left() : d.right();
                    Discrepancy.Side other = own == d.left() ? d.right() : d.left();
                    return own.surface() + " \u2260 " + other.surface() + " (" + other.lang() + ")";
                })
                .orElse("");
    }

    private static int groupNumber(String group) {
        return Integer.parseInt(group.substring(group.lastIndexOf('#') + 1));
    }
}
