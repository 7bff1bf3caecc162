// docs/fleet.md, tested: the Indexed Job manifest is parsed and its fields checked (not run), its pod
// script is run here as Kubernetes would run it (shards of corpus logs, the real oomlens on PATH),
// and the page's DuckDB statements are run over the JSONL the pods wrote.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { CORPUS, makeTempDir, removeDir, run } from '../node/input/build-fixtures'
import { OOMLENS_BIN } from '../../support/run-oomlens'

const DOC = readFileSync(fileURLToPath(new URL('../../../docs/fleet.md', import.meta.url)), 'utf8')

function blocks(lang: string): string[] {
  return [...DOC.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!)
}

interface Container {
  readonly command: string[]
  readonly args: string[]
  readonly env: { name: string; value: string }[]
  readonly resources: { limits: { memory: string } }
  readonly volumeMounts: { name: string; mountPath: string; readOnly?: boolean }[]
}

const JOB = parse(blocks('yaml')[0]!) as {
  apiVersion: string
  kind: string
  spec: {
    completionMode: string
    completions: number
    parallelism: number
    template: { spec: { restartPolicy: string; containers: Container[]; volumes: { name: string }[] } }
  }
}
const CONTAINER = JOB.spec.template.spec.containers[0]!

/** Shards of hosts' evidence as the Job expects them: shard-N/<host>.<ext>, from corpus logs. */
const SHARDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'shard-0': {
    'web-1.log': '005-i686-pae-4.10-debian-updatedb-syslog.log',
    'db-2.log': '011-x86-4.18-3.10-vmware-memcg-leaker.log',
  },
  'shard-1': {
    'edge-3.log': '042-x86-5.19-debian-btrfs-md5sum.log',
    'cam-4.log': '020-mips-x1000-5.8-containerd-stmmac.log',
  },
}

let dir: string

beforeAll(() => {
  dir = makeTempDir()
  for (const [shard, hosts] of Object.entries(SHARDS)) {
    mkdirSync(join(dir, 'evidence', shard), { recursive: true })
    for (const [name, file] of Object.entries(hosts))
      copyFileSync(join(CORPUS, file), join(dir, 'evidence', shard, name))
  }
  // Compressed and archived evidence, as hosts ship it.
  run('xz', ['-q', join(dir, 'evidence/shard-1/edge-3.log')])
  run('gzip', ['-q', join(dir, 'evidence/shard-0/web-1.log')])
  mkdirSync(join(dir, 'results'))
  mkdirSync(join(dir, 'bin'))
  writeFileSync(join(dir, 'bin/oomlens'), `#!/bin/sh\nexec '${process.execPath}' '${OOMLENS_BIN}' "$@"\n`, {
    mode: 0o755,
  })
})
afterAll(() => removeDir(dir))

describe('docs/fleet.md', () => {
  it('describes a valid Indexed Job: one pod per shard, read-only evidence, bounded memory, JSONL out', () => {
    expect([JOB.apiVersion, JOB.kind, JOB.spec.completionMode]).toEqual(['batch/v1', 'Job', 'Indexed'])
    expect(JOB.spec.parallelism).toBeLessThanOrEqual(JOB.spec.completions)
    expect(JOB.spec.template.spec.restartPolicy).toBe('Never')
    const mounts = Object.fromEntries(CONTAINER.volumeMounts.map((m) => [m.name, m]))
    expect(mounts.evidence).toMatchObject({ mountPath: '/evidence', readOnly: true })
    expect(Object.keys(mounts).sort()).toEqual(JOB.spec.template.spec.volumes.map((v) => v.name).sort())
    expect(CONTAINER.env).toEqual([
      { name: 'EVIDENCE', value: mounts.evidence!.mountPath },
      { name: 'RESULTS', value: mounts.results!.mountPath },
    ])
    // The CLI's memory bound (<= 300 MB RSS on the largest inputs) fits the pod's limit.
    expect(CONTAINER.resources.limits.memory).toMatch(/^(\d+)Mi$/)
    expect(Number(/^(\d+)Mi$/.exec(CONTAINER.resources.limits.memory)![1])).toBeGreaterThanOrEqual(400)
    expect(CONTAINER.args[0]).toContain('oomlens analyze "$input" --jsonl --host "$host"')
  })

  it('runs each pod script over its shard, and DuckDB answers which kernels, causes and hosts repeat', async () => {
    for (const index of [0, 1]) {
      const r = spawnSync(CONTAINER.command[0]!, [...CONTAINER.command.slice(1), CONTAINER.args[0]!], {
        env: {
          PATH: `${join(dir, 'bin')}:/usr/bin:/bin`,
          JOB_COMPLETION_INDEX: String(index),
          EVIDENCE: join(dir, 'evidence'),
          RESULTS: join(dir, 'results'),
        },
        encoding: 'utf8',
        timeout: 120_000,
      })
      expect(r.status, r.stderr).toBe(0)
    }
    expect(readdirSync(join(dir, 'results')).sort()).toEqual(['events-0.jsonl', 'events-1.jsonl'])
    const lines = ['events-0.jsonl', 'events-1.jsonl'].flatMap((f) =>
      readFileSync(join(dir, 'results', f), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    )
    expect(lines).toHaveLength(8)
    expect(new Set(lines.map((l) => l.input as string))).toEqual(
      new Set([
        join(dir, 'evidence/shard-0/web-1.log.gz'),
        join(dir, 'evidence/shard-0/db-2.log'),
        join(dir, 'evidence/shard-1/edge-3.log.xz'),
        join(dir, 'evidence/shard-1/cam-4.log'),
      ]),
    )

    const db = await DuckDBInstance.create(':memory:')
    const connection = await db.connect()
    const [create, kernels, causes, repeats] = blocks('sql')
    await connection.run(create!.replace("'results/", `'${join(dir, 'results')}/`))
    // JSON forms of DuckDB's values: BIGINT counts arrive as strings, lists as arrays.
    const rows = async (sql: string): Promise<unknown[][]> =>
      (await connection.runAndReadAll(sql))
        .getRowsJson()
        .map((r) => r.map((v) => (/^\d+$/.test(String(v)) ? Number(v) : v)))
    expect(await rows(kernels!)).toEqual([
      ['4.18.0+', 2, 1],
      ['5.19.0-1-amd64', 2, 1],
      ['5.8.0-00013-g192f2fd7b678', 2, 1],
      ['3.10.0-957.27.2.el7.x86_64', 1, 1],
      ['4.10.0-rc6-686-pae', 1, 1],
    ])
    expect(await rows(causes!)).toEqual([
      ['fragmentation', 'alloc-failure', 3],
      ['memcg-limit', 'memcg-oom', 3],
      ['atomic-no-reclaim', 'alloc-failure', 1],
      ['lowmem-exhausted', 'oom', 1],
    ])
    // The syslog names its host (asrocke350m1); dmesg logs take the Job's --host (the archive's name).
    expect(await rows(repeats!)).toEqual([
      ['db-2', 3, ['memcg-oom']],
      ['cam-4', 2, ['alloc-failure']],
      ['edge-3', 2, ['alloc-failure']],
    ])
    connection.closeSync()
  })
})
