package org.w3id.kechuang.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.Article;

/** Page text copied from sites other than the seed's, to keep the reader general. */
class ScrapedTextReaderTest {

    private final ScrapedTextReader reader = new ScrapedTextReader();

    @Test
    void anotherSitesPageText() throws Exception {
        String text = String.join("\n",
                "首页", "新闻", "科技", "财经", "登录", "注册",
                "",
                "科技",
                "西部科学城新增三家国家重点实验室",
                "2024年04月02日 08:15 来源：西南日报",
                "字号：大 中 小",
                "",
                "记者从市科技局获悉，西部科学城近日新增三家国家重点实验室，涉及先进材料、智能制造和生物医药领域。",
                "",
                "三家实验室依托本地高校和龙头企业建设，将围绕产业关键共性技术开展联合攻关。",
                "",
                "下一步",
                "",
                "市科技局负责人表示，将加大对实验室的稳定支持，推动科研成果在本地转化落地。",
                "",
                "编辑：赵敏",
                "推荐视频",
                "00:52",
                "外媒称多国拒绝联合提议并将召开紧急会议讨论能源价格上涨问题",
                "时讯3天前",
                "相关新闻",
                "西部科学城举办创新大会",
                "外国政要访问引关注",
                "高考报名人数创新高",
                "网友评论",
                "请先登录后发表评论",
                "违法和不良信息举报电话：023-00000000",
                "Copyright © 2024 西南日报 All Rights Reserved");
        Article a = reader.read("x", "x.txt", text);
        assertEquals("西部科学城新增三家国家重点实验室", a.title());
        assertEquals(OffsetDateTime.parse("2024-04-02T08:15:00+08:00"), a.issued());
        assertEquals("西南日报", a.publisher());
        assertEquals("赵敏", a.editor());
        assertEquals(List.of(
                "记者从市科技局获悉，西部科学城近日新增三家国家重点实验室，涉及先进材料、智能制造和生物医药领域。",
                "三家实验室依托本地高校和龙头企业建设，将围绕产业关键共性技术开展联合攻关。",
                "下一步",
                "市科技局负责人表示，将加大对实验室的稳定支持，推动科研成果在本地转化落地。"), a.paragraphs());
    }

    @Test
    void dateBelowTheArticleIsNotTheByline() throws Exception {
        String text = "研究所发布年度报告\n\n研究所今天发布年度报告，全年承担国家级项目四十余项，发表论文三百余篇。\n\n"
                + "报告显示，研究所与二十多家企业建立了联合实验室，技术合同成交额同比增长三成。\n\n2024-01-05\n";
        Article a = reader.read("y", "y.txt", text);
        assertEquals("研究所发布年度报告", a.title());
        assertEquals(2, a.paragraphs().size(), a.body());
        assertFalse(a.body().contains("2024-01-05"));
    }

    @Test
    void withoutDateLineTheHeadlineIsTheLongestLineAboveTheArticle() throws Exception {
        String text = "首页\n要闻\n时讯\n两院院士增选结果揭晓，新增院士平均年龄进一步降低\n视频\n"
                + "中国科学院和中国工程院今天公布了新一轮院士增选结果，新当选院士平均年龄为五十七岁。\n"
                + "两院表示，增选工作坚持学术标准，进一步向基础研究和关键核心技术领域倾斜。\n";
        Article a = reader.read("w", "w.txt", text);
        assertEquals("两院院士增选结果揭晓，新增院士平均年龄进一步降低", a.title());
        assertEquals(2, a.paragraphs().size(), a.body());
    }

    @Test
    void textWithoutTitleLineTakesTheFirstSentence() throws Exception {
        Article a = reader.read("z", "z.txt", "研究团队在固态电池电解质材料方面取得突破。相关论文已在线发表。\n");
        assertEquals("研究团队在固态电池电解质材料方面取得突破", a.title());
        assertNull(a.issued());
        assertTrue(a.paragraphs().get(0).startsWith("研究团队"));
    }

    @Test
    void aBylineAboveTheHeadlineGivesTheDateAndTheHeadlineIsBelowIt() throws Exception {
        Article a = reader.read("t", "t.txt", String.join("\n",
                "作者: 某某 来源:某某科技报 发布时间:2021/12/20 11:55:13",
                "选择字号:",
                "某某研究院举行发展战略研讨会",
                "",
                "12月20日，某某研究院发展战略研讨会在本市举行，来自多家单位的专家参加会议并作报告。"));
        assertEquals("某某研究院举行发展战略研讨会", a.title());
        assertEquals(OffsetDateTime.parse("2021-12-20T11:55:13+08:00"), a.issued());
    }

    @Test
    void aLabelledDateAnywhereInAMetadataLineIsThePublicationDate() throws Exception {
        Article a = reader.read("t", "t.txt", String.join("\n",
                "某大学与某省签署战略合作协议",
                "来源:学校办公室 点击次数:次 发布时间:2022年05月31日 作者:某某",
                "5月30日，某大学与某省人民政府在省会签署战略合作协议，双方将在人才培养和科技创新方面深化合作。"));
        assertEquals("某大学与某省签署战略合作协议", a.title());
        assertEquals("2022-05-31", a.issued().toLocalDate().toString());
    }

    @Test
    void breadcrumbsMenusImageNamesAndBulletedDatesAreNoHeadlines() throws Exception {
        Article a = reader.read("t", "t.txt", String.join("\n",
                "您当前的位置:首页 > 新闻动态 > 中心新闻",
                "首页 新闻 科技 教育 财经 图片 视频 论坛",
                "photo_20240101_副本.jpg",
                "某市领导调研某实验室",
                "  • 2016-11-26",
                "11月25日，某市领导来到某实验室调研，听取实验室建设进展汇报，并与科研人员座谈交流。"));
        assertEquals("某市领导调研某实验室", a.title());
        assertEquals("2016-11-26", a.issued().toLocalDate().toString());
    }
}
