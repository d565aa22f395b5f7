package org.w3id.kechuang.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    private static Optional<LocalDate> resolve(String sentence, String ref) {
        return DateResolver.firstDate(sentence, ref == null ? null : LocalDate.parse(ref));
    }

    private static Optional<LocalDate> day(String iso) {
        return Optional.of(LocalDate.parse(iso));
    }

    @Test
    void relativeDayWithTheDateInBrackets() {
        assertEquals(day("2022-02-21"), resolve("市委书记李强今天下午（2月21日）在调研李政道研究所时指出", "2022-02-21"));
        assertEquals(day("2021-09-02"), resolve("市委书记李强今天（9月2日）在调研时指出", "2021-09-02"));
        assertEquals(day("2023-05-18"), resolve("他昨天(18日)在会上表示", "2023-05-19"));
        // The written date wins over the relative word when they disagree (a late-night repost).
        assertEquals(day("2022-02-20"), resolve("今天（2月20日）上午", "2022-02-21"));
    }

    @Test
    void relativeDays() {
        assertEquals(day("2022-02-21"), resolve("会议今天在沪举行。", "2022-02-21"));
        assertEquals(day("2022-02-21"), resolve("今日，发布会举行。", "2022-02-21"));
        assertEquals(day("2022-02-20"), resolve("昨天，他调研了研究所。", "2022-02-21"));
        assertEquals(day("2022-02-20"), resolve("昨日下午召开会议", "2022-02-21"));
        assertEquals(day("2022-02-19"), resolve("前天召开会议", "2022-02-21"));
        assertEquals(day("2022-02-28"), resolve("昨天召开会议", "2022-03-01"));
    }

    @Test
    void vagueWordsGiveNoDate() {
        assertEquals(Optional.empty(), resolve("规划日前发布", "2021-09-29"));
        assertEquals(Optional.empty(), resolve("近日，研究院取得进展", "2021-09-29"));
        assertEquals(Optional.empty(), resolve("目前日益增长的需求", "2021-09-29"));
        assertEquals(Optional.empty(), resolve("审批在15日内完成", "2021-09-29"));
    }

    @Test
    void monthAndDayTakeTheYearOfPublication() {
        assertEquals(day("2021-09-29"), resolve("9月29日，国新办举行发布会。", "2021-09-29"));
        assertEquals(day("2024-11-28"), resolve("11月28日下午，习近平参观成果展", "2024-11-30"));
        assertEquals(day("2021-12-30"), resolve("12月30日，项目通过验收", "2022-01-03"));
        // Shortly ahead of publication is an announced date of the same year.
        assertEquals(day("2024-06-01"), resolve("办法自6月1日起施行", "2024-05-10"));
    }

    @Test
    void aRangeStartsOnItsFirstDay() {
        assertEquals(day("2024-06-12"), resolve("6月12-13日，考察团来京调研。", "2024-06-20"));
        assertEquals(day("2024-06-12"), resolve("6月12日至14日，论坛在汉举行", "2024-06-20"));
        assertEquals(day("2019-10-08"), resolve("2019年10月8—9日，研讨会召开", null));
    }

    @Test
    void aDatelineThatLostItsMonthMarker() {
        assertEquals(day("2024-10-21"), resolve("1021日，某某市市长张三来所考察。", "2024-10-25"));
        assertEquals(day("2020-05-06"), resolve("2020年506日，代表团一行来校调研", null));
        // Only where a dateline stands, and only when month and day are valid.
        assertEquals(Optional.empty(), resolve("项目历时330日完成", null));
        assertEquals(Optional.empty(), resolve("1345日", "2024-10-25"));
    }

    @Test
    void dayAloneTakesTheMonthOfPublication() {
        assertEquals(day("2023-05-18"), resolve("18日，记者来到现场", "2023-05-19"));
        assertEquals(day("2023-04-28"), resolve("28日，记者来到现场", "2023-05-19"));
    }

    @Test
    void absoluteDates() {
        assertEquals(day("2022-02-21"), resolve("2022年2月21日，李强调研", "2021-01-01"));
        assertEquals(day("2025-07-27"), resolve("会议于2025-07-27召开", null));
        assertEquals(day("2020-06-01"), resolve("2020年6月1日国际技术交易市场启动", null));
        assertEquals(Optional.empty(), resolve("9月29日，国新办举行发布会。", null));
        assertEquals(Optional.empty(), resolve("今天", null));
    }

    @Test
    void chineseNumerals() {
        assertEquals(day("2024-11-28"), resolve("二〇二四年十一月二十八日", null));
        assertEquals(day("2024-10-01"), resolve("十月一日起实施", "2024-09-20"));
    }

    @Test
    void firstDateInTheSentenceWins() {
        assertEquals(day("2020-06-01"), resolve("2020年6月1日启动以来，截至9月29日已吸引1400多万项专利", "2021-09-29"));
        assertEquals(day("2021-09-28"), resolve("昨天，他回顾了2020年6月1日的启动仪式", "2021-09-29"));
    }
}
