package org.svcworkbench.svc.diagram;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.svcworkbench.svc.vocabulary.Emotion;
import org.svcworkbench.svc.vocabulary.JourneyPhase;
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

	/* ------------------------------------------------------------ journey map (D4, D11) */

	public String journeyMap() {
		return pick("Journey map", "顾客旅程图");
	}

	public String phase(JourneyPhase phase) {
		return switch (phase) {
		case BEFORE -> pick("Before purchase", "购买前");
		case DURING -> pick("During purchase", "购买中");
		case AFTER -> pick("After purchase", "购买后");
		};
	}

	/** The seven levels of D11's scale, lowest first. */
	public List<String> satisfactionLevels() {
		return this == EN
				? List.of("very dissatisfied", "dissatisfied", "somewhat dissatisfied", "neutral", "fairly satisfied", "satisfied",
						"very satisfied")
				: List.of("很不满意", "不满意", "不太满意", "一般", "较满意", "满意", "很满意");
	}

	public String emotion(Emotion emotion) {
		return switch (emotion) {
		case DELIGHTED -> pick("delighted", "惊喜");
		case PLEASED -> pick("pleased", "愉快");
		case CALM -> pick("calm", "平静");
		case UNCERTAIN -> pick("uncertain", "犹豫");
		case ANXIOUS -> pick("anxious", "焦虑");
		case FRUSTRATED -> pick("frustrated", "沮丧");
		case ANGRY -> pick("angry", "愤怒");
		};
	}

	public String touchpoints() {
		return pick("Touchpoints", "接触点");
	}

	public String satisfaction() {
		return pick("Satisfaction", "满意度");
	}

	public String decisionFactors() {
		return pick("Decision factors", "决策因素");
	}

	public String channelPrefix() {
		return pick("Channel: ", "渠道：");
	}

	public String ownerPrefix() {
		return pick("Owner: ", "负责：");
	}

	public String expectsPrefix() {
		return pick("Expects: ", "期望：");
	}

	public String notRated() {
		return pick("not rated", "未评分");
	}

	public String noTouchpoints() {
		return pick("no touchpoints", "无接触点");
	}

	/* ------------------------------------------------------------ service matrix (D7) */

	public String serviceMatrix() {
		return pick("Service matrix", "服务矩阵");
	}

	public String matrixCorner() {
		return pick("Provider / stage", "提供者 / 阶段");
	}

	public String reinforces() {
		return pick("reinforces", "促进");
	}

	public String conflicts() {
		return pick("conflicts with", "冲突于");
	}

	public String reinforcingCell() {
		return pick("Reinforces another cell", "与其他单元相互促进");
	}

	public String conflictingCell() {
		return pick("Conflicts with another cell", "与其他单元相互冲突");
	}

	public String mixedCell() {
		return pick("Reinforces one, conflicts with another", "既有促进也有冲突");
	}

	public String plainCell() {
		return pick("Provided, no relation", "提供服务，无关联");
	}

	public String emptyCell() {
		return pick("Not provided", "未提供服务");
	}

	/** A matrix cell in words: "Counter (Order)", "前台（预订）". */
	public String cell(String provider, String stage) {
		return this == EN ? provider + " (" + stage + ")" : provider + "（" + stage + "）";
	}

	public String relations() {
		return pick("Relations", "单元关系");
	}

	private String pick(String english, String chinese) {
		return this == EN ? english : chinese;
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
