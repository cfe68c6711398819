package dev.interlinear.web;

import java.util.List;

/** The data the templates show; records, so Mustache reads them through their accessors. */
final class PageModels {

    private PageModels() {}

    record IndexPage(List<ArticleItem> articles) {}

    record ArticleItem(String id, List<TranslationItem> translations, String parallel) {}

    record TranslationItem(String article, String lang, String languageName, String title) {}

    /**
     * @param pageSize sentences a page holds, for the script that follows a {@code #s{n}} link to its page
     */
    record ReaderPage(
            String lang,
            String title,
            List<OtherTranslation> others,
            String parallel,
            String highlight,
            Pager pager,
            int pageSize,
            List<BlockView> blocks) {}

    /**
     * Where a page lies among the pages of a long translation.
     *
     * @param paged    whether there is more than one page (else nothing is shown)
     * @param previous the previous page's address, or ""
     * @param next     the next page's address, or ""
     */
    record Pager(boolean paged, int page, int pages, String previous, String next) {}

    record OtherTranslation(String lang, String languageName, String href) {}

    /** One structural block; exactly one of the flags is true. Consecutive list items form one list. */
    record BlockView(
            boolean heading,
            boolean paragraph,
            boolean quote,
            boolean list,
            boolean code,
            List<SentenceView> sentences,
            List<ItemView> items) {}

    record ItemView(List<SentenceView> sentences) {}

    /**
     * @param textLang the sentence's language when it differs from the page's, else ""
     * @param disagree a note when another translation states a different figure here, else ""
     */
    record SentenceView(int n, String text, boolean hl, String textLang, String disagree) {}

    record ParallelPage(
            String uiLang, String article, String highlight, List<Column> columns, List<Row> rows, Pager pager) {}

    record Column(String article, String lang, String languageName) {}

    record Row(int group, List<Cell> cells) {}

    record Cell(String lang, List<SentenceView> sentences) {}

    record NotFoundPage(String message) {}
}
