import { describe, expect, it } from 'vitest'
import {
  parseKillChoice,
  parseKilled,
  parseOomGroupTitle,
  parseOomKillSummary,
  parseOomPanic,
  parseReaper,
} from '../../../../shared/parse/report/kill-lines'

describe('kill-lines', () => {
  it.each([
    [
      'Killed process 123 (foo) vsz:1000kB, anon-rss:500kB, file-rss:20kB',
      { pid: 123, comm: 'foo', totalVmKb: 1000, anonRssKb: 500, fileRssKb: 20, shmemRssKb: null },
    ],
    [
      'Killed process 2798 (firefox-esr) total-vm:832548kB, anon-rss:248168kB, file-rss:86300kB, shmem-rss:68kB',
      { totalVmKb: 832548, shmemRssKb: 68, reason: null },
    ],
    [
      'Memory cgroup out of memory: Killed process 23793 (leaker) total-vm:2623712kB, anon-rss:506500kB, file-rss:1268kB, shmem-rss:0kB',
      { reason: 'Memory cgroup out of memory' },
    ],
    [
      'Out of memory: Killed process 1888 (astar-collator) total-vm:1254255840kB, anon-rss:15096608kB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:16960kB oom_score_adj:0',
      { uid: 1001, pgtablesKb: 16960, oomScoreAdj: 0, reason: 'Out of memory' },
    ],
    [
      'Out of memory (oom_kill_allocating_task): Killed process 5 (a (b) c) total-vm:1kB, anon-rss:1kB, file-rss:0kB',
      { reason: 'Out of memory (oom_kill_allocating_task)', comm: 'a (b) c' },
    ],
    [
      'Out of Memory: Killed process 6814 (rsync).',
      { pid: 6814, comm: 'rsync', reason: 'Out of Memory', totalVmKb: null },
    ],
  ])('reads the Killed line %j', (line, expected) => {
    expect(parseKilled(line)).toMatchObject(expected)
  })

  it('reads the kill-choice line of 2.6.32 and 2.6.36–5.0', () => {
    expect(parseKillChoice('Out of memory: kill process 12 (x) score 55 or a child')).toEqual({
      reason: 'Out of memory',
      pid: 12,
      comm: 'x',
      score: 55,
    })
    expect(
      parseKillChoice('Memory cgroup out of memory: Kill process 2746 (leaker) score 998 or sacrifice child'),
    ).toMatchObject({ pid: 2746, score: 998 })
  })

  it('reads the oom-kill summary even when a value holds commas', () => {
    expect(
      parseOomKillSummary(
        'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,2,global_oom,task_memcg=/,task=sed,pid=29481,uid=12345',
      ),
    ).toEqual({
      constraint: 'CONSTRAINT_NONE',
      fields: {
        constraint: 'CONSTRAINT_NONE',
        nodemask: '(null)',
        cpuset: '/',
        mems_allowed: '0,2',
        global_oom: '',
        task_memcg: '/',
        task: 'sed',
        pid: '29481',
        uid: '12345',
      },
    })
  })

  it('reads the reaper lines and only OOM panics', () => {
    expect(
      parseReaper('oom_reaper: reaped process 210 (stress), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB'),
    ).toEqual({ pid: 210, comm: 'stress', reaped: true })
    expect(parseReaper('oom_reaper: unable to reap pid:77 (java)')).toEqual({ pid: 77, comm: 'java', reaped: false })
    expect(parseOomPanic('Kernel panic - not syncing: Out of memory: system-wide panic_on_oom is enabled')).toBe(
      'Out of memory: system-wide panic_on_oom is enabled',
    )
    expect(parseOomPanic('Kernel panic - not syncing: Attempted to kill init!')).toBeNull()
  })

  it('reads the memory.oom.group line whole and cut at any column, and no other Tasks line', () => {
    const line =
      'Tasks in /kubepods.slice/pod1.slice/cri-containerd-85d3.scope are going to be killed due to memory.oom.group set'
    expect(parseOomGroupTitle(line)).toBe('/kubepods.slice/pod1.slice/cri-containerd-85d3.scope')
    const at = line.indexOf(' are')
    for (let width = 'Tasks in /'.length; width < line.length; width++)
      expect(parseOomGroupTitle(line.slice(0, width)), `cut at ${width}`).toBe(
        width <= at ? line.slice('Tasks in '.length, width) : '/kubepods.slice/pod1.slice/cri-containerd-85d3.scope',
      )
    expect(parseOomGroupTitle('Tasks state (memory values in pages):')).toBeNull()
    expect(parseOomGroupTitle('Tasks in /x are going to be frozen')).toBeNull()
  })
})
