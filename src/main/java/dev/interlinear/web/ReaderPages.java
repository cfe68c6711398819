package dev.interlinear.web;

import dev.interlinear.answer.Source;
import dev.interlinear.facts.Discrepancy;
import dev.interlinear.facts.FactBook;
import dev.interlinear.index.IndexedSentence;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.text.Languages;
import dev.interlinear.web.PageModels.ArticleItem;
import dev.interlinear.web.PageModels.BlockView;
import dev.interlinear.web.PageModels.Cell;
import dev.interlinear.web.PageModels.Column;
import dev.interlinear.web.PageModels.IndexPage;
import dev.interlinear.web.PageModels.ItemView;
import dev.interlinear.web.PageModels.OtherTranslation;
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

/** Builds the reader's pages from the index: the article list, one translation, translations side by side. */
final class ReaderPages {

    private final SentenceIndex index;
    private final FactBook facts;
    private final Templates templates;

    ReaderPages(SentenceIndex index, FactBook facts, Templates templates) {
        this.index = index;
        this.facts = facts;
        this.templates = templates;
    }

    /** Sentences in the index, for /health. */
    int size() {
        return index.size();
    }

    /** The folder name of the served generation, for /health. */
    String generationName() {
        return index.generation().getFileName().toString();
    }

    String index(List<Source> sources) {
        Map<String, List<TranslationItem>> byArticle = new LinkedHashMap<>();
        for (Source s : sources) {
            byArticle.computeIfAbsent(s.article(), a -> new ArrayList<>())
                    .add(new TranslationItem(s.article(), s.lang(), Languages.nativeName(s.lang()), s.title()));
        }
        List<ArticleItem> articles = new ArrayList<>();
        byArticle.forEach((id, translations) -> articles.add(new ArticleItem(id, translations,
                translations.size() > 1 ? "/articles/" + id + "/parallel" : "")));
        return templates.render("index", new IndexPage(articles));
    }

    /** One translation, every sentence addressable as {@code #s{n}}; empty when there is no such translation. */
    Optional<String> translation(String article, String lang, OptionalInt highlight) {
        List<IndexedSentence> sentences = index.translation(article, lang);
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        String base = Languages.base(lang);
        List<OtherTranslation> others = new ArrayList<>();
        List<String> languages = languagesOf(article);
        for (String other : languages) {
            if (!other.equals(lang)) {
                others.add(new OtherTranslation(other, Languages.nativeName(other),
                        samePlace(article, sentences, highlight, other)));
            }
        }
        String parallel = languages.size() > 1 ? "/articles/" + article + "/parallel?langs=" + lang + ","
                + String.join(",", languages.stream().filter(l -> !l.equals(lang)).toList())
                + highlight.stream().mapToObj(n -> "&hl=" + n).findFirst().orElse("") : "";
        ReaderPage page = new ReaderPage(lang, sentences.get(0).title(), others, parallel,
                highlight.isPresent() ? Integer.toString(highlight.getAsInt()) : "",
                blocks(sentences, base, highlight));
        return Optional.of(templates.render("reader", page));
    }

    /**
     * Two or more translations side by side, one alignment group per row; empty when the article or one of
     * the languages is unknown. {@code highlight} is a sentence of the first language.
     */
    Optional<String> parallel(String article, List<String> langs, OptionalInt highlight) {
        List<String> available = languagesOf(article);
        List<String> columns = langs.isEmpty() ? available : langs;
        if (available.isEmpty() || columns.size() < 2 || !available.containsAll(columns)
                || columns.stream().distinct().count() != columns.size()) {
            return Optional.empty();
        }
        Map<Integer, Map<String, List<SentenceView>>> rows = new TreeMap<>();
        for (String lang : columns) {
            boolean first = lang.equals(columns.get(0));
            for (IndexedSentence s : index.translation(article, lang)) {
                boolean hl = first && highlight.isPresent() && highlight.getAsInt() == s.index();
                rows.computeIfAbsent(groupNumber(s.group()), g -> new LinkedHashMap<>())
                        .computeIfAbsent(lang, l -> new ArrayList<>())
                        .add(view(s, Languages.base(lang), hl, disagreement(s)));
            }
        }
        List<Row> out = new ArrayList<>();
        rows.forEach((group, byLang) -> out.add(new Row(group, columns.stream()
                .map(l -> new Cell(l, byLang.getOrDefault(l, List.of()))).toList())));
        List<Column> heads = columns.stream().map(l -> new Column(article, l, Languages.nativeName(l))).toList();
        return Optional.of(templates.render("parallel", new ParallelPage(Languages.base(columns.get(0)), article,
                highlight.isPresent() ? Integer.toString(highlight.getAsInt()) : "", heads, out)));
    }

    String notFound(String message) {
        return templates.render("notfound", new PageModels.NotFoundPage(message));
    }

    private List<String> languagesOf(String article) {
        return index.translations().stream().filter(t -> t.article().equals(article)).map(IndexedSentence::lang).toList();
    }

    /** The other translation at the aligned sentence of the highlighted one, or at its start. */
    private String samePlace(String article, List<IndexedSentence> sentences, OptionalInt highlight, String other) {
        String page = "/articles/" + article + "/" + other;
        if (highlight.isEmpty() || highlight.getAsInt() < 0 || highlight.getAsInt() >= sentences.size()) {
            return page;
        }
        IndexedSentence highlighted = sentences.get(highlight.getAsInt());
        return index.group(highlighted.group(), highlighted.lang()).stream()
                .filter(s -> s.lang().equals(other))
                .findFirst()
                .map(s -> page + "?hl=" + s.index() + "#s" + s.index())
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
            out.add(new BlockView(kind.equals("HEADING"), kind.equals("PARAGRAPH") || kind.equals("TABLE_CELL"),
                    kind.equals("QUOTE"), false, kind.equals("CODE"), views, List.of()));
        }
        return out;
    }

    private static SentenceView view(IndexedSentence s, String pageLang, boolean hl, String disagree) {
        return new SentenceView(s.index(), s.text(), hl, s.textLang().equals(pageLang) ? "" : s.textLang(), disagree);
    }

    /** "700 Milliarden US-Dollar ≠ 7 trilhões de dólares (pt)" when translations disagree on this sentence's figure. */
    private String disagreement(IndexedSentence s) {
        return facts.discrepancyAt(s.article(), s.lang(), s.index()).map(d -> {
            Discrepancy.Side own = d.left().lang().equals(s.lang()) ? d.left() : d.right();
            Discrepancy.Side other = own == d.left() ? d.right() : d.left();
            return own.surface() + " \u2260 " + other.surface() + " (" + other.lang() + ")";
        }).orElse("");
    }

    private static int groupNumber(String group) {
        return Integer.parseInt(group.substring(group.lastIndexOf('#') + 1));
    }
}
