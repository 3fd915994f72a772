package org.assises.registration.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.assises.platform.problem.Problem.Violation;
import org.assises.platform.problem.ProblemException;
import org.assises.registration.service.MemberInput;

/**
 * Reads a delegation list from a spreadsheet (CSV or the first sheet of an XLSX workbook), one
 * member per row under a header row naming the columns (see {@link #COLUMNS}; lists separated by
 * ";", dates as YYYY-MM-DD, times ISO-8601 or "YYYY-MM-DD HH:MM" in the edition's zone). A cell that
 * cannot be read rejects its member only.
 */
public final class DelegationSheet {

    /** The columns a sheet may have, in the order of the template; personId is required. */
    public static final List<String> COLUMNS = List.of("personId", "familyName", "givenName", "nameZh", "gender", "dateOfBirth",
            "passportNumber", "passportExpiresOn", "organisation", "province", "city", "function", "category", "vip", "languages",
            "interpretationNeeded", "arrivalAt", "arrivalTransport", "arrivalPlace", "departureAt", "departureTransport",
            "departurePlace", "hotelNeeded", "dietaryNeeds", "galaDinner", "workshops", "fieldVisit");

    private final ZoneId zone;

    public DelegationSheet(ZoneId zone) {
        this.zone = zone;
    }

    public List<MemberInput> readCsv(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get())) {
            checkHeader(parser.getHeaderNames());
            List<MemberInput> members = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : parser.getHeaderNames()) {
                    cells.put(column, record.isSet(column) ? record.get(column) : null);
                }
                members.add(member(cells));
            }
            return members;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // An unbalanced quote surfaces while iterating, as an UncheckedIOException around the parser's own.
            Throwable reason = e instanceof UncheckedIOException unchecked && unchecked.getCause() != null ? unchecked.getCause() : e;
            throw ProblemException.invalid("body", "not a readable CSV delegation list: " + reason.getMessage());
        }
    }

    public List<MemberInput> readXlsx(InputStream in) {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw ProblemException.invalid("body", "the first sheet is empty: a header row naming the columns is required");
            }
            List<String> names = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                names.add(header.getCell(c) == null ? "" : formatter.formatCellValue(header.getCell(c)).strip());
            }
            checkHeader(names);
            List<MemberInput> members = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean empty = true;
                for (int c = 0; c < names.size(); c++) {
                    String value = cellText(row.getCell(c), formatter);
                    cells.put(names.get(c), value);
                    empty &= value == null || value.isBlank();
                }
                if (!empty) {
                    members.add(member(cells));
                }
            }
            return members;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.invalid("body", "not a readable XLSX workbook: " + e.getMessage());
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            var value = cell.getLocalDateTimeCellValue();
            return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.toLocalDate().toString() : value.toString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static void checkHeader(List<String> names) {
        List<String> unknown = names.stream().filter(n -> !n.isBlank() && !COLUMNS.contains(n)).toList();
        if (!names.contains("personId") || !unknown.isEmpty()) {
            throw ProblemException.invalid("body", "the header row must name the columns among " + COLUMNS
                    + (unknown.isEmpty() ? "; personId is required" : "; unknown: " + unknown));
        }
    }

    private MemberInput member(Map<String, String> cells) {
        Cells c = new Cells(cells);
        Passport passport = c.text("passportNumber") == null && c.text("passportExpiresOn") == null ? null
                : new Passport(c.text("passportNumber"), c.date("passportExpiresOn", "passport.expiresOn"));
        Travel arrival = c.text("arrivalAt") == null ? null
                : new Travel(c.dateTime("arrivalAt", "arrival.at"), c.text("arrivalTransport"), c.text("arrivalPlace"));
        Travel departure = c.text("departureAt") == null ? null
                : new Travel(c.dateTime("departureAt", "departure.at"), c.text("departureTransport"), c.text("departurePlace"));
        DelegationMember member = new DelegationMember(c.text("personId"), c.text("familyName"), c.text("givenName"),
                c.text("nameZh"), c.upper("gender"), c.date("dateOfBirth", "dateOfBirth"), passport,
                c.text("organisation"), c.text("province"), c.text("city"), c.text("function"),
                c.upper("category"), c.flag("vip"), c.list("languages"), c.flag("interpretationNeeded"),
                arrival, departure, c.flag("hotelNeeded"), c.text("dietaryNeeds"), c.flag("galaDinner"), c.list("workshops"),
                c.text("fieldVisit"));
        return new MemberInput(member, c.errors);
    }

    /** The cells of one row, read into typed values; what cannot be read becomes a violation. */
    private final class Cells {

        private final Map<String, String> cells;
        private final List<Violation> errors = new ArrayList<>();

        Cells(Map<String, String> cells) {
            this.cells = cells;
        }

        String text(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        LocalDate date(String column, String field) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                errors.add(new Violation(field, "not a date (YYYY-MM-DD): " + value));
                return null;
            }
        }

        OffsetDateTime dateTime(String column, String field) {
            String value = text(column);
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeParseException notWithOffset) {
                try {
                    return java.time.LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toOffsetDateTime();
                } catch (DateTimeParseException e) {
                    errors.add(new Violation(field, "not a date and time (YYYY-MM-DDTHH:MM): " + value));
                    return null;
                }
            }
        }

        boolean flag(String column) {
            String value = text(column);
            if (value == null) {
                return false;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "oui", "是" -> true;
                case "false", "no", "n", "0", "non", "否" -> false;
                default -> {
                    errors.add(new Violation(column, "not a yes/no value: " + value));
                    yield false;
                }
            };
        }

        List<String> list(String column) {
            String value = text(column);
            return value == null ? null : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        String upper(String column) {
            String value = text(column);
            return value == null ? null : value.toUpperCase(Locale.ROOT);
        }
    }
}
