/**
 * The exported workbook, one part per class: the table sheets painted from the printed layout, the values with live
 * SUM formulas for totals, notes on totals that disagree with their parts, the 报告信息 and 校验结果 sheets, the hidden
 * id sheet, print setup and styles. {@link io.github.disclosurereport.write.xlsx.WorkbookBuilder} puts them in order.
 *
 * <p>Internal: not part of the API; do not depend on it — it is not exported by the module and may change in any
 * release.
 */
package io.github.disclosurereport.write.xlsx;
