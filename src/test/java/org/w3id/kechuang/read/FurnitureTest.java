package org.w3id.kechuang.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureTest {

    private final Furniture furniture = Furniture.standard();

    @ParameterizedTest
    @ValueSource(strings = {"扫描二维码下载APP", "海量资讯、精准解读，尽在新浪财经APP", "原标题：某某", "摄影：陈正宝",
            "Copyright © 2016 Kankanews.com Inc. All Rights Reserved.", "沪ICP备10207042号-1", "举报电话:021-62870000",
            "沪公网安备 31010602001114号", "⁺", "登录", "个人中心", "关键词: 科技", "请先登录后发表评论"})
    void pageFurniture(String line) {
        assertTrue(furniture.isFurniture(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"新京报快讯（记者 陈琳）《规划》近日发布。", "上海将举全市之力抓好各项工作的推进落实。",
            "市领导参加相关调研。", "大力激发科技创新活力", "2025年部市共建上海国际科技创新中心工作推进会今天在沪举行。",
            "该平台已上线手机APP，方便企业在线申报项目和查询政策，目前注册用户超过十万。"})
    void articleText(String line) {
        assertFalse(furniture.isFurniture(line), line);
    }

    @Test
    void editorLines() {
        assertEquals(Optional.of("王翔"), furniture.editor("责任编辑：王翔 "));
        assertEquals(Optional.of("施荔"), furniture.editor("编辑: 施荔"));
        assertEquals(Optional.of("林海"), furniture.editor("【责任编辑：林海】"));
        assertEquals(Optional.of("王翔"), furniture.editor("责任编辑：王翔 SF183"));
        assertEquals(Optional.empty(), furniture.editor("编辑部主任张三表示，杂志将改版。"));
        assertTrue(furniture.isFurniture("责任编辑：王翔"), "editor lines are never body text");
    }
}
