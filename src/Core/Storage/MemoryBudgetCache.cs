using System.Diagnostics.CodeAnalysis;

namespace Leitmotif.Core.Storage;

/// <summary>
/// A per-process cache of loaded data (for example a silo's shards' features) kept within a byte budget. Past the budget the
/// least recently used entries are dropped; a dropped entry is not lost, its loader reads it again from durable storage on
/// its next use.
/// </summary>
/// <remarks>
/// Thread-safe. Loaders run outside the lock, so a slow load does not block hits on other keys; callers that miss a key
/// while it is being loaded wait for that load instead of starting another, so a key is loaded once however many need it.
/// A load that overlaps a <see cref="Remove"/> (of any key) is returned to its callers but not kept, so data read before
/// new data was written for its key never stays cached.
/// </remarks>
/// <typeparam name="TKey">What an entry is loaded by.</typeparam>
/// <typeparam name="TValue">The loaded data.</typeparam>
public sealed class MemoryBudgetCache<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    private readonly Dictionary<TKey, LinkedListNode<Entry>> _entries = [];
    /// <summary>Loads under way, by key; their callers and later ones for the same key share them.</summary>
    private readonly Dictionary<TKey, Task<TValue>> _loading = [];
    /// <summary>Entries from most recently used (first) to least recently used (last).</summary>
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _gate = new();
    private long _usedBytes;
    private long _evictions;
    private long _removals;

    /// <summary>An empty cache holding at most <paramref name="budgetBytes"/> bytes (but see <see cref="GetOrLoadAsync"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budgetBytes"/> ≤ 0.</exception>
    public MemoryBudgetCache(long budgetBytes)
    {
        if (budgetBytes <= 0) throw new ArgumentOutOfRangeException(nameof(budgetBytes), $"budgetBytes={budgetBytes} must be positive");
        BudgetBytes = budgetBytes;
    }

    /// <summary>Bytes the cached entries may take together.</summary>
    public long BudgetBytes { get; }

    /// <summary>Bytes the cached entries take, as their loaders reported them.</summary>
    public long UsedBytes
    {
        get { lock (_gate) return _usedBytes; }
    }

    /// <summary>Number of cached entries.</summary>
    public int Count
    {
        get { lock (_gate) return _entries.Count; }
    }

    /// <summary>Number of entries dropped to stay within the budget (not counting <see cref="Remove"/>).</summary>
    public long Evictions
    {
        get { lock (_gate) return _evictions; }
    }

    /// <summary>
    /// The cached value of <paramref name="key"/>, now the most recently used, or else the value <paramref name="load"/> returns,
    /// inserted as the most recently used entry. After an insertion, least recently used other entries are dropped while
    /// <see cref="UsedBytes"/> exceeds <see cref="BudgetBytes"/>; an entry larger than the whole budget is still returned and
    /// kept (alone) until another entry is inserted.
    /// </summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="load">Reads the value from durable storage and reports its size in bytes (≥ 0); called only on a miss
    /// while no load of the key is under way.</param>
    /// <exception cref="InvalidOperationException"><paramref name="load"/> reported a negative size.</exception>
    public async Task<TValue> GetOrLoadAsync(TKey key, Func<Task<(TValue Value, long Bytes)>> load)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(load);
        long removalsBeforeLoad = 0;
        Task<TValue>? underWay;
        TaskCompletionSource<TValue>? loading = null;
        lock (_gate)
        {
            if (TryTouch(key, out var cached)) return cached;
            if (!_loading.TryGetValue(key, out underWay))
            {
                removalsBeforeLoad = _removals;
                loading = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                _loading.Add(key, loading.Task);
            }
        }
        if (loading is null) return await underWay!;

        try
        {
            var (value, bytes) = await load();
            if (bytes < 0) throw new InvalidOperationException($"the loader of {key} reported {bytes} bytes; sizes must be ≥ 0");
            lock (_gate)
            {
                _loading.Remove(key);
                if (_removals == removalsBeforeLoad) Insert(key, value, bytes);
            }
            loading.SetResult(value);
            return value;
        }
        catch (Exception e)
        {
            lock (_gate) _loading.Remove(key);
            loading.SetException(e);
            _ = loading.Task.Exception; // observed here; callers that shared the load get it from their await
            throw;
        }
    }

    /// <summary>Adds a loaded entry as the most recently used and drops others past the budget; caller holds the lock.</summary>
    private void Insert(TKey key, TValue value, long bytes)
    {
        var node = _recency.AddFirst(new Entry(key, value, bytes));
        _entries.Add(key, node);
        _usedBytes += bytes;
        while (_usedBytes > BudgetBytes && _recency.Last != node)
        {
            Drop(_recency.Last!);
            _evictions++;
        }
    }

    /// <summary>Drops the entry of <paramref name="key"/>, if cached (e.g. after new data was written for it), freeing its
    /// bytes; its next use loads it again.</summary>
    public void Remove(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            _removals++;
            if (_entries.TryGetValue(key, out var node)) Drop(node);
        }
    }

    /// <summary>The cached value of <paramref name="key"/>, moved to the most recently used end; caller holds the lock.</summary>
    private bool TryTouch(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (!_entries.TryGetValue(key, out var node))
        {
            value = null;
            return false;
        }
        _recency.Remove(node);
        _recency.AddFirst(node);
        value = node.Value.Value;
        return true;
    }

    /// <summary>Removes a cached entry; caller holds the lock.</summary>
    private void Drop(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        _entries.Remove(node.Value.Key);
        _usedBytes -= node.Value.Bytes;
    }

    private sealed record Entry(TKey Key, TValue Value, long Bytes);
}
