package org.assises.awards.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.assises.contracts.AwardResults;

/** The ranking sheet of the jury meeting and the list of laureates, written as CSV or XLSX. */
final class RankingSheet {

    static final List<String> HEADER = List.of("prize", "prize_fr", "prize_zh", "rank", "application_id", "theme", "title_fr", "title_zh",
            "french_government_fr", "french_government_zh", "chinese_government_fr", "chinese_government_zh", "aggregate", "dispersion",
            "jurors_disagree", "scores", "french_scores", "chinese_scores", "excluded_scores", "not_ranked_because");

    static final List<String> LAUREATES_HEADER = List.of("prize", "prize_fr", "prize_zh", "award_fr", "rank", "application_id", "theme",
            "title_fr", "title_zh", "french_government_fr", "french_government_zh", "french_region", "chinese_government_fr",
            "chinese_government_zh", "chinese_province", "film_url");

    private RankingSheet() {
    }

    static String csv(RankingView ranking) {
        return csv(HEADER, rows(ranking));
    }

    static byte[] xlsx(RankingView ranking) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (RankingView.PrizeRanking prize : ranking.prizes()) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(prize.code()));
                write(sheet, 0, HEADER);
                int r = 1;
                for (RankingView.Line line : prize.lines()) {
                    write(sheet, r++, row(prize, line));
                }
            }
            if (ranking.prizes().isEmpty()) {
                write(workbook.createSheet("ranking"), 0, HEADER);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ranking workbook", e);
        }
    }

    /** The laureates of each prize by rank, then the mentions by rank (prize "mention"), for diplomas and the ceremony. */
    static String laureatesCsv(AwardResults results) {
        List<List<String>> rows = new ArrayList<>();
        for (AwardResults.Prize prize : results.prizes()) {
            for (AwardResults.Laureate laureate : prize.laureates()) {
                rows.add(laureateRow(prize.code(), prize.name().fr(), prize.name().zh(), prize.award().fr(), laureate));
            }
        }
        for (AwardResults.Laureate mention : results.mentions()) {
            rows.add(laureateRow("mention", "Mention", "", "", mention));
        }
        return csv(LAUREATES_HEADER, rows);
    }

    private static List<String> laureateRow(String code, String nameFr, String nameZh, String award, AwardResults.Laureate l) {
        return List.of(code, nameFr, nameZh, award, text(l.rank()), l.applicationId().toString(), l.theme().name(), l.title().fr(), l.title().zh(),
                l.frenchGovernment().fr(), l.frenchGovernment().zh(), l.frenchRegion(), l.chineseGovernment().fr(),
                l.chineseGovernment().zh(), l.chineseProvince(), l.filmUrl());
    }

    private static List<List<String>> rows(RankingView ranking) {
        List<List<String>> rows = new ArrayList<>();
        for (RankingView.PrizeRanking prize : ranking.prizes()) {
            for (RankingView.Line line : prize.lines()) {
                rows.add(row(prize, line));
            }
        }
        return rows;
    }

    private static List<String> row(RankingView.PrizeRanking prize, RankingView.Line l) {
        return List.of(prize.code(), prize.name().fr(), prize.name().zh(), text(l.rank()), l.applicationId().toString(), l.theme().name(),
                l.title().fr(), l.title().zh(), l.frenchGovernment().fr(), l.frenchGovernment().zh(), l.chineseGovernment().fr(),
                l.chineseGovernment().zh(), text(l.aggregate()), text(l.dispersion()), String.valueOf(l.jurorsDisagree()),
                String.valueOf(l.scores()), String.valueOf(l.frenchScores()), String.valueOf(l.chineseScores()),
                String.valueOf(l.excludedScores()), l.notRankedBecause() == null ? "" : l.notRankedBecause());
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(RankingSheet::defused).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV", e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet would run as a formula is prefixed with a quote (CSV injection). */
    private static String defused(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+") ? "'" + cell : cell;
    }

    private static void write(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (index > 0 && !value.isEmpty() && value.matches("-?[0-9]+(\\.[0-9]+)?")) {
                row.createCell(i).setCellValue(Double.parseDouble(value));
            } else {
                row.createCell(i).setCellValue(value);
            }
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
