package org.svcworkbench.svc.diagram;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.svcworkbench.svc.vocabulary.TimeUnit;

/** The words a diagram adds to the model's own (lane titles, dividers, legend) in English or Chinese. */
public enum DiagramLanguage {
	EN(List.of("Physical evidence", "Customer actions", "Onstage contact actions", "Backstage contact actions",
			"Support processes"),
			List.of("line of interaction", "line of visibility", "line of internal interaction"),
			"Blueprint", "Fail point", "Waiting point", "Decision", "Flow", "Evidence shown at a step", "by "),
	ZH(List.of("有形展示", "顾客行为", "前台接触员工行为", "后台接触员工行为", "支持过程"),
			List.of("互动分界线", "可视分界线", "内部互动分界线"),
			"服务蓝图", "失败点", "等待点", "决策点", "流程", "步骤展示的有形证据", "执行：");

	private final List<String> laneTitles;
	private final List<String> dividers;
	public final String blueprint, failPoint, waitingPoint, decision, flow, evidenceLink, actorPrefix;

	DiagramLanguage(List<String> laneTitles, List<String> dividers, String blueprint, String failPoint, String waitingPoint,
			String decision, String flow, String evidenceLink, String actorPrefix) {
		this.laneTitles = laneTitles;
		this.dividers = dividers;
		this.blueprint = blueprint;
		this.failPoint = failPoint;
		this.waitingPoint = waitingPoint;
		this.decision = decision;
		this.flow = flow;
		this.evidenceLink = evidenceLink;
		this.actorPrefix = actorPrefix;
	}

	/** Titles of the five blueprint lanes, top to bottom. */
	public List<String> laneTitles() {
		return laneTitles;
	}

	/** The three lines between the lanes: interaction, visibility, internal interaction. */
	public List<String> dividers() {
		return dividers;
	}

	/** "en" or "zh". */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static DiagramLanguage of(String code) {
		for (DiagramLanguage language : values()) {
			if (language.code().equalsIgnoreCase(code)) {
				return language;
			}
		}
		throw new IllegalArgumentException("unknown diagram language '" + code + "': use en or zh");
	}

	/** "15 min", "3 h", "2 天". */
	public String duration(BigDecimal value, TimeUnit unit) {
		String amount = value.stripTrailingZeros().toPlainString();
		return this == EN ? amount + " " + englishUnit(unit) : amount + " " + chineseUnit(unit);
	}

	private static String englishUnit(TimeUnit unit) {
		return switch (unit) {
		case SECONDS -> "s";
		case MINUTES -> "min";
		case HOURS -> "h";
		case DAYS -> "d";
		case WORKING_DAYS -> "working d";
		case WEEKS -> "wk";
		case MONTHS -> "mo";
		case YEARS -> "yr";
		};
	}

	private static String chineseUnit(TimeUnit unit) {
		return switch (unit) {
		case SECONDS -> "秒";
		case MINUTES -> "分钟";
		case HOURS -> "小时";
		case DAYS -> "天";
		case WORKING_DAYS -> "工作日";
		case WEEKS -> "周";
		case MONTHS -> "个月";
		case YEARS -> "年";
		};
	}
}
