package dev.interlinear.index;

/** Field names of the sentence index: one Lucene document per sentence of every translation. */
public final class Fields {
    public static final String ARTICLE = "article";
    /** The translation's language tag. */
    public static final String LANG = "lang";
    /** The translation's primary language ({@code pt} for {@code pt-BR}): what askers are matched on. */
    public static final String LANG_BASE = "lang_base";
    /** The language the sentence is really in (an untranslated paragraph keeps its own). Stored only. */
    public static final String TEXT_LANG = "text_lang";
    /** The sentence's 0-based position in its translation, stored as a number. */
    public static final String INDEX = "n";
    /**
     * The same position as a term: with {@link #ARTICLE} and {@link #LANG}, the key of a sentence. A unique id
     * term per sentence cost the index build a new term for every document.
     */
    public static final String INDEX_KEY = "n_key";
    /** Present ({@code "1"}) on the first sentence of each translation: one hit per translation. */
    public static final String FIRST = "first";
    /** Stored only. */
    public static final String KIND = "kind";
    /** Index of the structural block (paragraph, heading, list item) the sentence belongs to. */
    public static final String BLOCK = "block";
    /** The text-fragment directive that selects the sentence on the translation's public page. */
    public static final String FRAGMENT = "fragment";
    /** Alignment group, {@code article#g}: the sentences of all translations that say the same thing. Stored. */
    public static final String GROUP = "group";
    /** The group's number {@code g} within its article as a term: with {@link #ARTICLE}, the key of a group. */
    public static final String GROUP_KEY = "group_key";
    /**
     * A number fixed by the sentence's place (article, language, position), as doc values: equal scores are put in
     * this order, not in Lucene's document order, which depends on how the indexing threads interleaved. The same
     * articles then give the same answers in every build.
     */
    public static final String ORDER = "order";

    public static final String SENTENCE = "sentence";
    public static final String TITLE = "title";
    public static final String URL = "url";
    /** Analysed sentence text; the suffix is the analyser's language: {@code body.de}. */
    public static final String BODY_PREFIX = "body.";
    /**
     * The passage a sentence is read in, analysed like {@link #BODY_PREFIX} in the sentence's language: the terms of
     * the sentence before it in its translation and of the heading it is under. Terms only (no frequencies, no
     * norms): the ranker asks which question stems it holds.
     */
    public static final String PASSAGE_PREFIX = "passage.";
    /** Character n-grams of accent-folded words: compounds, inflections and cognates across languages. */
    public static final String GRAMS = "grams";
    /** Canonical number and quantity terms, the same in every language. */
    public static final String NUMBERS = "nums";
    /** What kind of information a sentence carries, for answer-type preferences. */
    public static final String FEATURES = "features";
    /**
     * The units of measure of the quantities a sentence states ({@code Unit#termSuffix()}: "w", "usd", "pct"), for
     * a question that names one ("gigawatts"). Apart from {@link #NUMBERS}, whose figures they would otherwise outweigh.
     */
    public static final String UNITS = "units";

    private Fields() {}

    public static String body(String lang) {
        return BODY_PREFIX + lang;
    }

    public static String passage(String lang) {
        return PASSAGE_PREFIX + lang;
    }

    /** The passage field of the language a body field is analysed in. */
    public static String passageOfBody(String bodyField) {
        if (!bodyField.startsWith(BODY_PREFIX)) {
            throw new IllegalArgumentException("not a body field: " + bodyField);
        }
        return passage(bodyField.substring(BODY_PREFIX.length()));
    }

    public static String group(String article, int group) {
        return article + "#" + group;
    }

    /** The {@link #ORDER} of a sentence. */
    public static long order(String article, String lang, int index) {
        return ((long) (article + "\u0000" + lang).hashCode() << 32) | (index & 0xffffffffL);
    }

    /** The article of a {@link #group(String, int)} id. */
    public static String groupArticle(String group) {
        return group.substring(0, groupSeparator(group));
    }

    /** The group number, as indexed in {@link #GROUP_KEY}, of a {@link #group(String, int)} id. */
    public static String groupKey(String group) {
        return group.substring(groupSeparator(group) + 1);
    }

    private static int groupSeparator(String group) {
        int hash = group.lastIndexOf('#');
        if (hash < 0) {
            throw new IllegalArgumentException("not a group id: " + group);
        }
        return hash;
    }
}
