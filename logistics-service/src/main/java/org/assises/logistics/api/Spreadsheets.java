package org.assises.logistics.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table (rooming list, manifest) written as CSV (UTF-8 with a byte-order mark, so that spreadsheet
 * programs show Chinese characters) or as an XLSX workbook with a heading block (the driver sheet's head).
 */
record Spreadsheets(String title, List<List<String>> heading, List<String> header, List<List<String>> rows) {

    String csv() {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(title.replaceAll("[\\\\/?*\\[\\]:]", " ").substring(0, Math.min(31, title.length())));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle strong = workbook.createCellStyle();
            strong.setFont(bold);
            int r = 0;
            for (List<String> line : heading) {
                write(sheet.createRow(r++), line, null);
            }
            if (!heading.isEmpty()) {
                r++;
            }
            write(sheet.createRow(r++), header, strong);
            for (List<String> row : rows) {
                write(sheet.createRow(r++), row, null);
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(values.get(c) == null ? "" : values.get(c));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
