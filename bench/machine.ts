/** The machine a benchmark ran on, so that figures are never quoted without it. */
import { cpus, freemem, loadavg, release, totalmem, type as osType } from 'node:os';

export interface MachineDescription {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  freeMemoryGb: number;
  /** One-minute load average when the run started: other work on a shared machine slows every figure. */
  loadAverage: number;
  node: string;
  os: string;
}

export function describeMachine(): MachineDescription {
  const processors = cpus();
  const gb = (bytes: number) => Math.round((bytes / 1024 ** 3) * 10) / 10;
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGb: gb(totalmem()),
    freeMemoryGb: gb(freemem()),
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
    node: process.version,
    os: `${osType()} ${release()} (${process.platform}/${process.arch})`,
  };
}

export function machineLine(machine: MachineDescription): string {
  return `${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB memory; Node ${machine.node}; ${machine.os}; load average ${machine.loadAverage} at start`;
}
