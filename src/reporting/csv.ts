import { Cell, RegionalSummary } from './summary.types';

/** The GraphQL selection the CSV download runs, so both answers come from the same place. */
export const CSV_QUERY = `query RegionalCsv($period: PeriodInput!, $groupBy: GroupBy = MUNICIPALITY, $region: String, $targetGroup: TargetGroup, $metrics: [Metric!]) {
  regionalSummary(period: $period, groupBy: $groupBy, region: $region, targetGroup: $targetGroup, metrics: $metrics) {
    scopeLevel scopeCode groupBy from to suppressionThreshold
    figures { metric unit columns rows { areaCode areaName cells { value suppressed } total { value suppressed } }
      columnTotals { value suppressed } total { value suppressed } }
  }
}`;

export const CSV_HEADER = ['metric', 'unit', 'area_code', 'area_name', 'column', 'value', 'suppressed'];

function field(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One line per published figure: cells, row totals (column TOTAL), column totals (area TOTAL), grand total. */
export function summaryToCsv(summary: RegionalSummary): string {
  const lines = [CSV_HEADER.join(',')];
  const push = (metric: string, unit: string, areaCode: string, areaName: string, column: string, cell: Cell) =>
    lines.push([metric, unit, areaCode, areaName, column, cell.value === null ? '' : String(cell.value), String(cell.suppressed)]
      .map(field).join(','));
  for (const f of summary.figures) {
    for (const row of f.rows) {
      row.cells.forEach((cell, i) => push(f.metric, f.unit, row.areaCode, row.areaName, f.columns[i], cell));
      if (row.total) push(f.metric, f.unit, row.areaCode, row.areaName, 'TOTAL', row.total);
    }
    f.columnTotals.forEach((cell, i) => push(f.metric, f.unit, 'TOTAL', '', f.columns[i], cell));
    push(f.metric, f.unit, 'TOTAL', '', 'TOTAL', f.total);
  }
  return `${lines.join('\n')}\n`;
}
