process.stdout.write('wt: policy-as-code for safeguarding timescales (commands arrive soon)\n');
