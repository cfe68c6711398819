package dev.interlinear.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void givenUtf8WithBom_whenDecoded_thenBomIsGone() throws Exception {
        byte[] bytes =
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Grüße".getBytes(StandardCharsets.UTF_8));
        assertThat(decoder.decode(bytes)).isEqualTo("Grüße");
    }

    @Test
    void givenUtf16WithBom_whenDecoded_thenText() throws Exception {
        assertThat(decoder.decode(
                        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Ação".getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo("Ação");
        assertThat(decoder.decode(
                        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Ação".getBytes(StandardCharsets.UTF_16BE))))
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
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("not a text file (binary data)");
        assertThatThrownBy(() -> decoder.decode(new byte[] {1, 2, 3, 4, 5, 6, 7, 'a'}))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("not a text file (binary data)");
        assertThatThrownBy(() -> decoder.decode(new byte[0]))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("empty file");
    }

    @Test
    void givenTextWithAStrayNulOrTwo_whenDecoded_thenTheNulsAreDroppedWithANotice() throws Exception {
        // GIVEN a page with one NUL, and a short note with two
        String page = "<h1>Title</h1>\n<p>" + "Some text of an article. ".repeat(40) + "\u0000</p>";

        TextDecoder.Decoded one = decoder.read(page.getBytes(StandardCharsets.UTF_8));
        TextDecoder.Decoded two = decoder.read("\u0000Ça va.\u0000".getBytes(Charset.forName("windows-1252")));

        assertThat(one.text()).isEqualTo(page.replace("\u0000", ""));
        assertThat(one.notices()).containsExactly("1 NUL character dropped");
        assertThat(two.text()).isEqualTo("Ça va.");
        assertThat(two.notices()).containsExactly("2 NUL characters dropped");
        assertThat(decoder.read("Clean.".getBytes(StandardCharsets.UTF_8)).notices())
                .isEmpty();
    }

    @Test
    void givenTextWithManyNuls_whenDecoded_thenStillBinary() {
        // One in a hundred characters is no stray NUL: a damaged or binary file
        String text = ("x".repeat(99) + "\u0000").repeat(20);

        assertThatThrownBy(() -> decoder.decode(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("not a text file (binary data)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "gif", "zip", "pdf", "random"})
    void givenARealBinaryFile_whenDecoded_thenRefusedAsBinary(String kind) throws Exception {
        byte[] bytes = binary(kind);

        assertThatThrownBy(() -> decoder.decode(bytes))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("not a text file (binary data)");
    }

    @Test
    void givenUtf16WithoutBom_whenDecoded_thenItsZeroBytesAreNotTakenForStrayNuls() throws Exception {
        String text = "Bonjour le monde. Ça coûte 5 €.";

        assertThat(decoder.read(text.getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo(new TextDecoder.Decoded(text, java.util.List.of()));
        assertThat(decoder.read(text.getBytes(StandardCharsets.UTF_16BE)))
                .isEqualTo(new TextDecoder.Decoded(text, java.util.List.of()));
    }

    @Test
    void givenUtf16WithoutBomOfMixedScripts_whenDecoded_thenText() throws Exception {
        // GIVEN Latin text with Cyrillic and an emoji, whose high bytes are not all zero
        String text = "Der Vertrag (Договор) über 300 Milliarden 😀 US-Dollar.";

        assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(text);
        assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(text);
    }

    @Test
    void givenUtf8WithStrayNulsBeforeLetters_whenDecoded_thenUtf8AndNotUtf16() throws Exception {
        // GIVEN two NULs where UTF-16 would have them: ICU's detector alone would call this UTF-16
        byte[] bytes = "\u0000H\u0000ello, this is plain text of an article.".getBytes(StandardCharsets.UTF_8);

        TextDecoder.Decoded decoded = decoder.read(bytes);

        assertThat(decoded.text()).isEqualTo("Hello, this is plain text of an article.");
        assertThat(decoded.notices()).containsExactly("2 NUL characters dropped");
    }

    /** Files as programs write them: images with text-like pixels, an archive and a PDF of text, random bytes. */
    private static byte[] binary(String kind) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] words = "Der Vertrag mit Oracle umfasst 300 Milliarden US-Dollar. "
                .repeat(50)
                .getBytes(StandardCharsets.UTF_8);
        switch (kind) {
            case "png", "jpg", "gif" -> {
                BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
                for (int x = 0; x < 64; x++) {
                    for (int y = 0; y < 48; y++) {
                        image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | (x + y));
                    }
                }
                ImageIO.write(image, kind, out);
            }
            case "zip" -> {
                try (ZipOutputStream zip = new ZipOutputStream(out)) {
                    zip.putNextEntry(new ZipEntry("de.txt"));
                    zip.write(words);
                    zip.closeEntry();
                }
            }
            case "pdf" -> {
                Deflater deflater = new Deflater();
                deflater.setInput(words);
                deflater.finish();
                byte[] stream = new byte[words.length];
                int length = deflater.deflate(stream);
                out.write(("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Length " + length
                                + " /Filter /FlateDecode >>\nstream\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.write(stream, 0, length);
                out.write("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
            default -> {
                byte[] random = new byte[4096];
                new Random(15).nextBytes(random);
                out.write(random);
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
