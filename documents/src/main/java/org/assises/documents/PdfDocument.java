package org.assises.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A PDF being built page by page with the shipped CJK typeface; {@link #toBytes()} saves it (the font
 * subset is embedded then) and releases everything. Not thread-safe: one document per request.
 */
public final class PdfDocument implements AutoCloseable {

    private final PDDocument document;
    private final Typeface typeface;
    private Page current;

    private PdfDocument(String title) {
        this.document = new PDDocument();
        this.typeface = Typeface.load(document);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Assises franco-chinoises");
        info.setCreationDate(Calendar.getInstance());
    }

    /** A new empty document with this title in its properties. */
    public static PdfDocument create(String title) {
        return new PdfDocument(title);
    }

    /** Adds a page of this size; the previous page is finished. */
    public Page addPage(PDRectangle size) {
        finishPage();
        current = new Page(document, size, typeface);
        return current;
    }

    /** A flow of blocks over as many pages of this size as it needs, with these margins. */
    public Flow flow(PDRectangle size, float margin) {
        return new Flow(this, size, margin);
    }

    public Typeface typeface() {
        return typeface;
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** Saves the document and closes it. */
    public byte[] toBytes() {
        finishPage();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF cannot be written", e);
        } finally {
            close();
        }
    }

    private void finishPage() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    @Override
    public void close() {
        try {
            finishPage();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            typeface.close();
        }
    }
}
