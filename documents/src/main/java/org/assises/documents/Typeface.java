package org.assises.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one typeface of every printed document: WenQuanYi Micro Hei, a TrueType-outline font with Latin
 * (accents included) and the CJK ideographs, shipped in this jar (Apache-2.0, see fonts/) and embedded
 * as a subset so that a letter stays a few dozen kilobytes. One instance per document: it holds the
 * font file open until the document is saved.
 */
public final class Typeface implements AutoCloseable {

    static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    static final String FACE = "WenQuanYiMicroHei";

    private static volatile byte[] fontFile;

    private final TrueTypeCollection collection;
    private final CmapLookup cmap;
    private final PDType0Font font;

    private Typeface(TrueTypeCollection collection, TrueTypeFont face, PDType0Font font) throws IOException {
        this.collection = collection;
        this.cmap = face.getUnicodeCmapLookup();
        this.font = font;
    }

    /** Loads the face into {@code document}; glyphs actually used are embedded when it is saved. */
    static Typeface load(PDDocument document) {
        try {
            TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(fontFile()));
            TrueTypeFont face = collection.getFontByName(FACE);
            if (face == null) {
                throw new IllegalStateException(RESOURCE + " has no face named " + FACE);
            }
            return new Typeface(collection, face, PDType0Font.load(document, face, true));
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped CJK font cannot be read", e);
        }
    }

    private static byte[] fontFile() throws IOException {
        byte[] bytes = fontFile;
        if (bytes == null) {
            try (InputStream in = Typeface.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the documents jar");
                }
                bytes = in.readAllBytes();
            }
            fontFile = bytes;
        }
        return bytes;
    }

    PDType0Font font() {
        return font;
    }

    /**
     * The text as the font can draw it: line breaks and other control characters become spaces and a
     * character the font lacks becomes '?', so that data never makes rendering fail.
     */
    public String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (cmap.getGlyphId(cp) == 0) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Width in points of already printable text at {@code size}. */
    public float width(String printable, float size) {
        try {
            return font.getStringWidth(printable) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Breaks text into lines no wider than {@code maxWidth}: between words for Latin script, between
     * any two characters for Chinese (which has no spaces), and inside a word only when it is longer
     * than a whole line.
     */
    public List<String> lines(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            wrap(printable(paragraph).strip(), size, maxWidth, lines);
        }
        return lines;
    }

    private void wrap(String text, float size, float maxWidth, List<String> lines) {
        String rest = text;
        while (width(rest, size) > maxWidth) {
            int cut = fittingPrefix(rest, size, maxWidth);
            int breakAt = breakBefore(rest, cut);
            lines.add(rest.substring(0, breakAt).stripTrailing());
            rest = rest.substring(breakAt).stripLeading();
        }
        lines.add(rest);
    }

    /** How many chars of {@code text} fit in the width (at least one, so that wrapping always advances). */
    private int fittingPrefix(String text, float size, float maxWidth) {
        int low = 1;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (width(text.substring(0, safeEnd(text, mid)), size) <= maxWidth) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return safeEnd(text, low);
    }

    private static int safeEnd(String text, int end) {
        return end < text.length() && Character.isLowSurrogate(text.charAt(end)) ? end + 1 : end;
    }

    /** The best break at or before {@code cut}: after a space, or before a CJK character; else the cut itself. */
    private static int breakBefore(String text, int cut) {
        if (cut >= text.length()) {
            return cut;
        }
        for (int i = cut; i > 0; i--) {
            char c = text.charAt(i);
            if (c == ' ') {
                return i;
            }
            if (isCjk(c) && !isClosingPunctuation(c)) {
                return i;
            }
        }
        return cut;
    }

    static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
    }

    /** Chinese punctuation that must not start a line. */
    private static boolean isClosingPunctuation(char c) {
        return "，。、；：！？）》」』】".indexOf(c) >= 0;
    }

    @Override
    public void close() {
        try {
            collection.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
