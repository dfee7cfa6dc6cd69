/** A small statutory baseline, for tests of policies that extend one. */
export const BASE_FILE = 'working-together-2013.wt';

export const BASE = `policy working-together-2013 {
  effective 2013-04-15
  calendar england
  escalation standard
}
calendar england {
  weekend saturday sunday
  holidays "GB-ENG"
  closed 2013-12-24
}
event referral "Referral received"
event assessment-complete "Assessment completed"
event referral-closed "Referral closed" { outcome: one of (nfa, transferred) }
event strategy-discussion "Strategy discussion" { s47: boolean }
event icpc "Initial child protection conference"
event plan-start "Plan starts"
event plan-end "Plan ends"
event review-conference "Review conference"
fact needs-score "Needs score" number
timescale assessment "Complete the assessment" {
  starts at first referral
  requires assessment-complete within 45 working days
  unless referral-closed where outcome = nfa
  statutory
  cites "WT2013 ch.1 para 63"
}
timescale icpc "Hold the ICPC" {
  starts at first strategy-discussion where s47 = true
  requires icpc within 15 working days
  statutory
}
timescale later-reviews "Review the plan" {
  starts at each review-conference
  requires review-conference within 6 months
  while plan-start .. plan-end
  statutory
}
review-point manager-review "Manager review" {
  starts at first referral
  requires assessment-complete within 10 working days
}
escalation standard {
  notify "Team manager" when overdue 1 working day
}
`;
