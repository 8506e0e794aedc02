package org.liaison.bulk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading spreadsheets as offices save them: encodings, Excel's quoting, row numbers, headers. */
class SheetTest {

    private static final String VENUES = "code,kind,parent_code,name,region,address\r\n";

    record Read(Sheet.Outcome outcome, List<Sheet.Row> rows) {
    }

    static Read read(byte[] bytes, Optional<Charset> charset, Columns columns) {
        List<Sheet.Row> rows = new ArrayList<>();
        Sheet.Outcome outcome = Sheet.read(new ByteArrayInputStream(bytes), charset, columns, 100, rows::add);
        return new Read(outcome, rows);
    }

    static Read read(String text, Charset charset) {
        return read(text.getBytes(charset), Optional.empty(), Columns.VENUES);
    }

    @Test
    void utf8WithAndWithoutByteOrderMark() {
        String csv = VENUES + "A1,HOME,,梁溪之家,梁溪区,解放南路 1 号\r\n";
        Read plain = read(csv, StandardCharsets.UTF_8);
        Read marked = read(("\uFEFF" + csv), StandardCharsets.UTF_8);
        for (Read read : List.of(plain, marked)) {
            assertThat(read.outcome().charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(read.outcome().errors()).isEmpty();
            assertThat(read.rows()).singleElement().satisfies(row -> {
                assertThat(row.get("code")).isEqualTo("A1");
                assertThat(row.get("name")).isEqualTo("梁溪之家");
                assertThat(row.has("parent_code")).isFalse();
            });
        }
    }

    @Test
    void gb18030AndUtf16AreDetected() {
        String csv = "编码,类型,上级编码,名称,区域,地址\r\nA1,代表之家,,鑫湖社区（镕）,滨湖区,蠡湖大道\r\n";
        Read gbk = read(csv, SheetCharset.GB18030);
        assertThat(gbk.outcome().charset()).isEqualTo(SheetCharset.GB18030);
        assertThat(gbk.rows().get(0).get("name")).isEqualTo("鑫湖社区（镕）");
        Read utf16 = read(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16LE), Optional.empty(), Columns.VENUES);
        assertThat(utf16.outcome().charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(utf16.rows().get(0).get("region")).isEqualTo("滨湖区");
    }

    @Test
    void aNamedCharsetWinsAndAWrongOneIsAnErrorNotMojibake() {
        byte[] gbk = (VENUES + "A1,HOME,,梁溪之家,梁溪区,解放南路\r\n").getBytes(SheetCharset.GB18030);
        assertThat(read(gbk, SheetCharset.named("GBK"), Columns.VENUES).rows().get(0).get("name")).isEqualTo("梁溪之家");
        Read wrong = read(gbk, Optional.of(StandardCharsets.UTF_8), Columns.VENUES);
        assertThat(wrong.outcome().errors()).singleElement()
                .satisfies(error -> assertThat(error.reason()).contains("not valid UTF-8").contains("charset=GB18030"));
    }

    @Test
    void excelQuotingLineBreaksInCellsAndRowNumbersAsTheSpreadsheetShowsThem() {
        String csv = VENUES
                + "A1,HOME,,\"之家, \"\"连心\"\"\",梁溪区,\"解放南路\r\n1 号\"\r\n"
                + ",,,,,\r\n"
                + "\r\n"
                + "A2,STATION,A1,联络站,梁溪区,中山路\n";
        Read read = read(csv, StandardCharsets.UTF_8);
        assertThat(read.outcome().errors()).isEmpty();
        assertThat(read.outcome().rows()).isEqualTo(2);
        assertThat(read.rows()).extracting(Sheet.Row::number).containsExactly(2, 5);
        assertThat(read.rows().get(0).get("name")).isEqualTo("之家, \"连心\"");
        assertThat(read.rows().get(0).get("address")).isEqualTo("解放南路\r\n1 号");
    }

    @Test
    void headersInEitherLanguageAnyOrderAndSpelling() {
        Read read = read("Name,类型,Parent Code,编码,REGION,地址\nx,HOME,,A1,r,a\n", StandardCharsets.UTF_8);
        assertThat(read.outcome().errors()).isEmpty();
        assertThat(read.rows().get(0).cells()).containsEntry("code", "A1").containsEntry("name", "x").containsEntry("kind", "HOME");
    }

    @Test
    void unknownRepeatedAndMissingColumnsAreReportedOnRowOne() {
        Read read = read("code,code,colour,name\nA1,A1,red,x\n", StandardCharsets.UTF_8);
        assertThat(read.rows()).isEmpty();
        assertThat(read.outcome().errors()).allSatisfy(error -> assertThat(error.row()).isEqualTo(1))
                .extracting(RowError::column).contains("code", null, "kind", "region", "address");
        assertThat(read.outcome().errors()).extracting(RowError::value).contains("colour");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\uFEFF"})
    void anEmptyFileIsRefused(String content) {
        assertThat(read(content, StandardCharsets.UTF_8).outcome().errors()).singleElement()
                .satisfies(error -> assertThat(error.reasonZh()).contains("文件为空"));
    }

    @Test
    void tooManyRowsStopTheRead() {
        StringBuilder csv = new StringBuilder(VENUES);
        for (int i = 0; i < 101; i++) {
            csv.append("A").append(i).append(",HOME,,n,r,a\r\n");
        }
        Read read = read(csv.toString(), StandardCharsets.UTF_8);
        assertThat(read.rows()).hasSize(100);
        assertThat(read.outcome().errors()).singleElement().satisfies(error -> assertThat(error.row()).isEqualTo(102));
    }

    @Test
    void utf8IsRecognisedEvenWhenTheSampleCutsACharacter() {
        byte[] sample = new byte[64 * 1024];
        byte[] text = "梁".getBytes(StandardCharsets.UTF_8);
        java.util.Arrays.fill(sample, (byte) 'a');
        System.arraycopy(text, 0, sample, sample.length - 1, 1);
        assertThat(SheetCharset.isUtf8(sample)).isTrue();
        assertThat(SheetCharset.isUtf8("梁溪".getBytes(SheetCharset.GB18030))).isFalse();
    }
}
