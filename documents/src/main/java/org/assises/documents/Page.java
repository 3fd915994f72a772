package org.assises.documents;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import com.google.zxing.common.BitMatrix;

/**
 * One page being drawn, in PDF points from the bottom-left corner (see {@link Units#mm}). Text is
 * made printable by the document's {@link Typeface}; nothing a participant typed can break a page.
 */
public final class Page {

    /** Text weight: the face has one weight, so bold is drawn as fill plus a thin outline. */
    public enum Weight {
        REGULAR, BOLD
    }

    private final PDPage page;
    private final PDPageContentStream content;
    private final Typeface typeface;

    Page(PDDocument document, PDRectangle size, Typeface typeface) {
        this.page = new PDPage(size);
        document.addPage(page);
        this.typeface = typeface;
        try {
            this.content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public float width() {
        return page.getMediaBox().getWidth();
    }

    public float height() {
        return page.getMediaBox().getHeight();
    }

    public Typeface typeface() {
        return typeface;
    }

    /** Draws one line of text with its baseline at {@code y}; returns its width. */
    public float text(float x, float y, float size, Weight weight, Color color, String text) {
        String printable = typeface.printable(text);
        try {
            content.beginText();
            content.setFont(typeface.font(), size);
            content.setNonStrokingColor(color);
            if (weight == Weight.BOLD) {
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.setStrokingColor(color);
                content.setLineWidth(size * 0.035f);
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.newLineAtOffset(x, y);
            content.showText(printable);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return typeface.width(printable, size);
    }

    public float text(float x, float y, float size, String text) {
        return text(x, y, size, Weight.REGULAR, Color.BLACK, text);
    }

    /** One line centred on {@code centreX}, shrunk (down to 60 %) if wider than {@code maxWidth}. */
    public void centred(float centreX, float y, float size, float maxWidth, Weight weight, Color color, String text) {
        String printable = typeface.printable(text);
        float fitted = size;
        while (typeface.width(printable, fitted) > maxWidth && fitted > size * 0.6f) {
            fitted -= 0.5f;
        }
        text(centreX - typeface.width(printable, fitted) / 2, y, fitted, weight, color, printable);
    }

    /**
     * Wrapped text in a column starting with the baseline of its first line at {@code y}.
     *
     * @return the baseline where the next line would go
     */
    public float paragraph(float x, float y, float width, float size, float leading, Weight weight, Color color, String text) {
        float baseline = y;
        for (String line : typeface.lines(text, size, width)) {
            text(x, baseline, size, weight, color, line);
            baseline -= leading;
        }
        return baseline;
    }

    public float paragraph(float x, float y, float width, float size, String text) {
        return paragraph(x, y, width, size, size * 1.45f, Weight.REGULAR, Color.BLACK, text);
    }

    /** A filled rectangle (bands, marks, backgrounds). */
    public void fill(float x, float y, float w, float h, Color color) {
        try {
            content.setNonStrokingColor(color);
            content.addRect(x, y, w, h);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A straight line, e.g. a rule under a heading or a cutting mark. */
    public void line(float x1, float y1, float x2, float y2, float width, Color color) {
        try {
            content.setStrokingColor(color);
            content.setLineWidth(width);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A QR code of {@code content} in a square of {@code side} points, its lower-left corner at (x, y), quiet zone included. */
    public void qrCode(float x, float y, float side, String content) {
        BitMatrix modules = QrCode.encode(content);
        float module = side / modules.getWidth();
        fill(x, y, side, side, Color.WHITE);
        try {
            this.content.setNonStrokingColor(Color.BLACK);
            for (int row = 0; row < modules.getHeight(); row++) {
                int col = 0;
                while (col < modules.getWidth()) {
                    if (!modules.get(col, row)) {
                        col++;
                        continue;
                    }
                    int run = col;
                    while (run < modules.getWidth() && modules.get(run, row)) {
                        run++;
                    }
                    // One rectangle per run of dark modules keeps the page small.
                    this.content.addRect(x + col * module, y + side - (row + 1) * module, (run - col) * module, module);
                    col = run;
                }
            }
            this.content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of wrapped text as the typeface would break them (to measure before drawing). */
    public List<String> lines(String text, float size, float width) {
        return typeface.lines(text, size, width);
    }

    void close() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
