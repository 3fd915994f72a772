package org.assises.documents;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Paper sizes and the millimetre, in PDF points (1/72 inch). */
public final class Units {

    public static final PDRectangle A4 = PDRectangle.A4;
    public static final PDRectangle A6 = PDRectangle.A6;
    public static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private Units() {
    }

    public static float mm(double millimetres) {
        return (float) (millimetres * 72 / 25.4);
    }
}
