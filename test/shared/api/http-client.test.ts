import { describe, expect, it } from 'vitest'
import { createHttpApi } from '../../../shared/api/http-client'
import type { FetchLike } from '../../../shared/api/http-client'

function harness(answer: (url: string, body: unknown) => unknown) {
  const requests: { url: string; headers: Record<string, string>; body: unknown }[] = []
  const streams: { url: string; push: (data: string) => void; closed: boolean }[] = []
  const fetch: FetchLike = async (url, init) => {
    const body = JSON.parse(init.body) as unknown
    requests.push({ url, headers: init.headers, body })
    const reply = answer(url, body)
    if (reply instanceof Error) throw reply
    return { status: 200, json: async () => reply }
  }
  const api = createHttpApi({
    fetch,
    baseUrl: 'http://127.0.0.1:4173',
    openEventStream: (url, onMessage) => {
      const stream = { url, push: onMessage, closed: false }
      streams.push(stream)
      return () => void (stream.closed = true)
    },
  })
  return { api, requests, streams }
}

describe('http-client', () => {
  it('posts the argument list as JSON with the API header when a method is called', async () => {
    const { api, requests } = harness(() => ({ ok: true, value: { caseId: 'c1' } }))
    expect(await api.getEvent('c1', 'e4')).toEqual({ ok: true, value: { caseId: 'c1' } })
    expect(requests).toEqual([
      {
        url: 'http://127.0.0.1:4173/api/getEvent',
        headers: { 'content-type': 'application/json', 'x-oomlens-api': '1' },
        body: ['c1', 'e4'],
      },
    ])
  })

  it('resolves with an error result instead of rejecting when the bridge is gone or answers garbage', async () => {
    expect(await harness(() => new Error('ECONNREFUSED')).api.getSettings()).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    })
    expect(await harness(() => '<html>proxy error</html>').api.getSettings()).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    })
  })

  it('shares one event stream among listeners and closes it when the last one unsubscribes', () => {
    const { api, streams } = harness(() => null)
    const progress: unknown[] = []
    const opens: unknown[] = []
    const stopProgress = api.onImportProgress((p) => progress.push(p))
    const stopOpen = api.onOpenRequested((p) => opens.push(p))
    expect(streams).toHaveLength(1)
    expect(streams[0]?.url).toBe('http://127.0.0.1:4173/api/events')
    streams[0]?.push(JSON.stringify({ event: 'onImportProgress', payload: { phase: 'reading' } }))
    streams[0]?.push(JSON.stringify({ event: 'onOpenRequested', payload: ['/var/log/messages'] }))
    streams[0]?.push('not json')
    streams[0]?.push(JSON.stringify({ event: 'toString', payload: 1 }))
    expect(progress).toEqual([{ phase: 'reading' }])
    expect(opens).toEqual([['/var/log/messages']])
    stopProgress()
    expect(streams[0]?.closed).toBe(false)
    stopOpen()
    stopOpen()
    expect(streams[0]?.closed).toBe(true)
    api.onMenuCommand(() => undefined)
    expect(streams).toHaveLength(2)
  })

  it('knows no local file paths in a browser', () => {
    expect(harness(() => null).api.getPathForFile({ name: 'messages' })).toBeNull()
  })
})
