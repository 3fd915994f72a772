package org.assises.documents;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes as module matrices (ZXing), drawn as vector squares on a page so that they print sharp at any size. */
public final class QrCode {

    /** Quiet zone around the code, in modules: the standard asks for four. */
    static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /** The modules of a QR code for {@code content} (UTF-8, error correction M), quiet zone included. */
    public static BitMatrix encode(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("content too long for a QR code (" + content.length() + " chars)", e);
        }
    }
}
