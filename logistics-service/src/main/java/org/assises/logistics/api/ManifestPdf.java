package org.assises.logistics.api;

import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.assises.documents.Flow;
import org.assises.documents.Flow.Cell;
import org.assises.documents.Page.Weight;
import org.assises.documents.PdfDocument;
import org.assises.documents.Units;

/** A departure's driver sheet and manifest as a printable PDF, names in Latin letters and Chinese characters. */
final class ManifestPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ManifestPdf() {
    }

    static byte[] render(ManifestView m) {
        DepartureView d = m.departure();
        PdfDocument pdf = PdfDocument.create("Manifeste / 乘客名单 " + d.route() + " " + d.departsAt().format(WHEN));
        Flow flow = pdf.flow(Units.A4, Units.mm(15));
        flow.paragraph("Feuille de route / 司机单", 16, Weight.BOLD, Color.BLACK);
        flow.paragraph("Départ / 出发: " + d.departsAt().format(WHEN), 11, Weight.BOLD, Color.BLACK);
        flow.paragraph("De / 从: " + d.fromName() + "    À / 到: " + d.toName() + "  (" + d.durationMinutes() + " min)", 11,
                Weight.REGULAR, Color.BLACK);
        flow.paragraph("Véhicule / 车辆: " + (d.vehicleLabel() == null ? "-" : d.vehicleLabel()) + "    Chauffeur / 司机: "
                + (d.driver() == null ? "-" : d.driver()) + (d.driverPhone() == null ? "" : " " + d.driverPhone()), 11, Weight.REGULAR,
                Color.BLACK);
        flow.paragraph("Passagers / 乘客: " + d.seatsTaken() + " / " + d.capacity(), 11, Weight.REGULAR, Color.BLACK);
        flow.skip(8);
        float[] columns = {Units.mm(12), Units.mm(40), Units.mm(30), Units.mm(30), Units.mm(25), flow.contentWidth() - Units.mm(137)};
        flow.row(columns, List.of(bold("N°"), bold("Nom / 姓"), bold("Prénom / 名"), bold("中文姓名"), bold("Délégation / 代表团"),
                bold("Hôtel / 酒店")));
        for (ManifestView.Rider r : m.riders()) {
            flow.row(columns, List.of(Cell.of(String.valueOf(r.seat()), 10), Cell.of(r.familyName(), 10), Cell.of(r.givenName(), 10),
                    Cell.of(r.nameZh() == null ? "" : r.nameZh(), 10), Cell.of(r.delegationId() == null ? "" : r.delegationId(), 10),
                    Cell.of(r.hotel() == null ? "" : r.hotel(), 10)));
        }
        return pdf.toBytes();
    }

    private static Cell bold(String text) {
        return new Cell(text, 10, Weight.BOLD, Color.BLACK);
    }
}
