package dev.interlinear.discord;

/** Discord's limits, and cutting text to them at a word boundary with "…". */
final class DiscordLimits {

    static final int CONTENT = 2000;
    static final int EMBED_TITLE = 256;
    static final int EMBED_DESCRIPTION = 4096;
    static final int EMBED_FIELD = 1024;
    static final int EMBED_FOOTER = 2048;
    static final int EMBED_TOTAL = 6000;
    static final int BUTTON_LABEL = 80;
    static final int BUTTONS_PER_ROW = 5;
    static final int CUSTOM_ID = 100;
    static final int URL = 512;

    private DiscordLimits() {
    }

    /** The text itself if it fits, else cut at the last space before the limit, ending in "…" (nothing below 1). */
    static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        if (limit < 1) {
            return "";
        }
        int end = limit - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        if (space > limit / 2) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
