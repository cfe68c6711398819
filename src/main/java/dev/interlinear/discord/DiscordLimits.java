package dev.interlinear.discord;

/** Discord's limits, and cutting text to them at a word boundary with "…". */
public final class DiscordLimits {

    public static final int CONTENT = 2000;
    public static final int EMBED_TITLE = 256;
    public static final int EMBED_DESCRIPTION = 4096;
    public static final int EMBED_FIELD = 1024;
    public static final int EMBED_FOOTER = 2048;
    public static final int EMBED_TOTAL = 6000;
    public static final int BUTTON_LABEL = 80;
    public static final int BUTTONS_PER_ROW = 5;
    public static final int CUSTOM_ID = 100;
    public static final int URL = 512;

    private DiscordLimits() {}

    /** The text itself if it fits, else cut at the last space before the limit, ending in "…" (nothing below 1). */
    public static String cut(String text, int limit) {
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
