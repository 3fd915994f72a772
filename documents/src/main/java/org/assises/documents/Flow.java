package org.assises.documents;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Blocks laid out from top to bottom over as many pages as needed (the programme, manifests): headings,
 * paragraphs and table rows of wrapped cells. A block never splits across pages, so a session or a
 * manifest row stays whole; a header repeats on every new page.
 */
public final class Flow {

    private final PdfDocument document;
    private final PDRectangle size;
    private final float margin;
    private Page page;
    private float y;
    private Runnable pageHeader = () -> { };

    Flow(PdfDocument document, PDRectangle size, float margin) {
        this.document = document;
        this.size = size;
        this.margin = margin;
    }

    /** Drawn at the top of every page this flow starts from now on (e.g. the title and the table's column names). */
    public Flow onEveryPage(Runnable header) {
        this.pageHeader = header;
        return this;
    }

    public float contentWidth() {
        return size.getWidth() - 2 * margin;
    }

    public float left() {
        return margin;
    }

    /** The current page, started if none is. */
    public Page page() {
        if (page == null) {
            newPage();
        }
        return page;
    }

    /** Baseline where the next block starts. */
    public float y() {
        page();
        return y;
    }

    /** Starts a new page (with the header). */
    public void newPage() {
        page = document.addPage(size);
        y = size.getHeight() - margin;
        pageHeader.run();
    }

    /** Makes room for a block of {@code height} points, on a new page if it does not fit on this one. */
    public void need(float height) {
        if (page == null || y - height < margin) {
            newPage();
        }
    }

    /** Moves down by {@code points}. */
    public void skip(float points) {
        page();
        y -= points;
    }

    /** A heading in bold with a rule under it; kept on the same page as the first line that follows. */
    public void heading(String text, float size, Color color) {
        need(size * 2.2f + 20);
        y -= size;
        page.text(margin, y, size, Page.Weight.BOLD, color, text);
        y -= size * 0.5f;
        page.line(margin, y, margin + contentWidth(), y, 0.6f, color);
        y -= size * 0.7f;
    }

    /** A wrapped paragraph across the width. */
    public void paragraph(String text, float size, Page.Weight weight, Color color) {
        float leading = size * 1.4f;
        List<String> lines = document.typeface().lines(text, size, contentWidth());
        need(lines.size() * leading);
        for (String line : lines) {
            y -= size;
            page.text(margin, y, size, weight, color, line);
            y -= leading - size;
        }
    }

    /** One cell of a table row: its text (may be several lines) and style. */
    public record Cell(String text, float size, Page.Weight weight, Color color) {

        public static Cell of(String text, float size) {
            return new Cell(text, size, Page.Weight.REGULAR, Color.BLACK);
        }
    }

    /**
     * A table row: cells side by side in columns of the given widths (points), each wrapped in its
     * column, the row as tall as its tallest cell, and a hairline under it.
     */
    public void row(float[] widths, List<Cell> cells) {
        float padding = 3;
        List<List<String>> wrapped = new ArrayList<>();
        float height = 0;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            List<String> lines = new ArrayList<>();
            for (String part : (cell.text() == null ? "" : cell.text()).split("\n")) {
                lines.addAll(document.typeface().lines(part, cell.size(), widths[i] - 2 * padding));
            }
            wrapped.add(lines);
            height = Math.max(height, lines.size() * cell.size() * 1.35f);
        }
        height += 2 * padding;
        need(height);
        float x = margin;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            float baseline = y - padding - cell.size();
            for (String line : wrapped.get(i)) {
                page.text(x + padding, baseline, cell.size(), cell.weight(), cell.color(), line);
                baseline -= cell.size() * 1.35f;
            }
            x += widths[i];
        }
        y -= height;
        page.line(margin, y, margin + contentWidth(), y, 0.3f, Color.LIGHT_GRAY);
    }
}
