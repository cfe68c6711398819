package dev.interlinear.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void givenUtf8WithBom_whenDecoded_thenBomIsGone() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Grüße".getBytes(StandardCharsets.UTF_8));
        assertThat(decoder.decode(bytes)).isEqualTo("Grüße");
    }

    @Test
    void givenUtf16WithBom_whenDecoded_thenText() throws Exception {
        assertThat(decoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Ação".getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo("Ação");
        assertThat(decoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Ação".getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo("Ação");
    }

    @Test
    void givenLatin1Bytes_whenDecoded_thenWindows1252Fallback() throws Exception {
        byte[] bytes = "Français – €5".getBytes(Charset.forName("windows-1252"));
        assertThat(decoder.decode(bytes)).isEqualTo("Français – €5");
    }

    @Test
    void givenBinaryOrEmpty_whenDecoded_thenUnreadableWithClearReason() {
        assertThatThrownBy(() -> decoder.decode(new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x12}))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("not a text file (binary data)");
        assertThatThrownBy(() -> decoder.decode(new byte[] {1, 2, 3, 4, 5, 6, 7, 'a'}))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("not a text file (binary data)");
        assertThatThrownBy(() -> decoder.decode(new byte[0]))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("empty file");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
