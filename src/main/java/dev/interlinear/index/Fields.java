package dev.interlinear.index;

/** Field names of the sentence index: one Lucene document per sentence of every translation. */
public final class Fields {
    /** {@code article/lang/n}, unique; the key of {@code updateDocument}. */
    public static final String ID = "id";
    public static final String ARTICLE = "article";
    /** The translation's language tag. */
    public static final String LANG = "lang";
    /** The translation's primary language ({@code pt} for {@code pt-BR}): what askers are matched on. */
    public static final String LANG_BASE = "lang_base";
    /** The language the sentence is really in (an untranslated paragraph keeps its own). */
    public static final String TEXT_LANG = "text_lang";
    /** Every translation language (primary tag) of the article, to prefer the asker's language where it exists. */
    public static final String ARTICLE_LANGS = "article_langs";
    public static final String INDEX = "n";
    /** Present ({@code "1"}) on the first sentence of each translation: one hit per translation. */
    public static final String FIRST = "first";
    public static final String KIND = "kind";
    /** Index of the structural block (paragraph, heading, list item) the sentence belongs to. */
    public static final String BLOCK = "block";
    /** The text-fragment directive that selects the sentence on the translation's public page. */
    public static final String FRAGMENT = "fragment";
    /** Alignment group, {@code article#g}: the sentences of all translations that say the same thing. */
    public static final String GROUP = "group";
    public static final String SENTENCE = "sentence";
    public static final String PREVIOUS = "prev";
    public static final String NEXT = "next";
    public static final String TITLE = "title";
    public static final String URL = "url";
    /** Analysed sentence text; the suffix is the analyser's language: {@code body.de}. */
    public static final String BODY_PREFIX = "body.";
    /** Character n-grams of accent-folded words: compounds, inflections and cognates across languages. */
    public static final String GRAMS = "grams";
    /** Canonical number and quantity terms, the same in every language. */
    public static final String NUMBERS = "nums";
    /** What kind of information a sentence carries, for answer-type preferences. */
    public static final String FEATURES = "features";

    private Fields() {
    }

    public static String body(String lang) {
        return BODY_PREFIX + lang;
    }

    public static String id(String article, String lang, int index) {
        return article + "/" + lang + "/" + index;
    }

    public static String group(String article, int group) {
        return article + "#" + group;
    }
}
