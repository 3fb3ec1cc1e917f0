package io.github.disclosurereport.validate.rules;

/**
 * What an organ's name tells about it. Only clear cases are classified; an unclear name (a county-level city,
 * an institution) is UNKNOWN so that no rule reports something that may not be true.
 */
final class Organs {

    enum Level {
        /** Province-level, 设区的市/自治州 governments and their departments, State Council departments. */
        RULE_MAKING,
        /** Counties, districts, townships, streets and their departments. */
        NO_RULE_MAKING,
        UNKNOWN
    }

    private Organs() {
    }

    static Level level(String organization) {
        String n = organization == null ? "" : organization.strip();
        if (n.isEmpty()) {
            return Level.UNKNOWN;
        }
        // 自治区 and 自治州 are province and prefecture level; 地区 (行署) is neither a county nor rule-making.
        String s = n.replace("自治区", "省").replace("自治州", "州");
        if (s.matches(".*(县|区|旗|镇|乡|街道).*")) {
            return Level.NO_RULE_MAKING;
        }
        if (s.startsWith("国务院") || s.startsWith("国家") || s.startsWith("中华人民共和国")
                || (s.contains("省") && !s.contains("市"))) {
            return Level.RULE_MAKING;
        }
        return Level.UNKNOWN;
    }

    /** A people's government's own report (本级政府) rather than a department's. */
    static boolean isGovernment(String organization) {
        String n = organization == null ? "" : organization.strip();
        return n.endsWith("人民政府") || n.endsWith("政府办公室") || n.endsWith("政府办公厅")
                || n.endsWith("行政公署");
    }

    /**
     * A government department (局, 厅, 委员会, 办公室 …), whose report is due by 1月31日. A name that is only a place
     * (平潭综合实验区) or a zone's 管委会 is no clear department: its deadline is not assumed to be the earlier one.
     */
    static boolean isDepartment(String organization) {
        String n = organization == null ? "" : organization.strip();
        if (isGovernment(n) || isZone(n) || n.endsWith("管委会") || n.endsWith("管理委员会")) {
            return false;
        }
        return n.matches(".*(局|厅|委|委员会|办公室|办|部|署|处|中心|院|所|会|站|队|馆|社|行|集团|公司)");
    }

    /**
     * A development zone, new area or pilot zone itself or its administration (平潭综合实验区, 某某经济技术开发区管委会,
     * 某某高新区管理局): a government's agency for an area, reporting like an area — neither a plain department
     * (局 here is the zone's administration) nor a people's government.
     */
    static boolean isZone(String organization) {
        String n = organization == null ? "" : organization.strip();
        return n.matches(".*(开发区|新区|实验区|试验区|高新区|园区|保税区|自贸区|示范区|合作区|经济区)"
                + "(党工委|工委)?(管委会|管理委员会|管理局|管理办公室|管理处)?");
    }

    /**
     * A township or street organ (not named in 条例 Art. 49; deadlines come from local rules): the name ends with the
     * 乡/镇/街道/苏木 itself or its government or office — a 住房和城乡建设局 or 乡村振兴局 merely contains the word.
     */
    static boolean isTownship(String organization) {
        String n = organization == null ? "" : organization.strip();
        return n.matches(".*(镇|乡|街道|苏木)(人民政府|政府|办事处|街道办事处)?");
    }
}
