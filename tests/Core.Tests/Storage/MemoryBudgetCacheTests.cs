using Leitmotif.Core.Storage;

namespace Leitmotif.Core.Tests.Storage;

public class MemoryBudgetCacheTests
{
    /// <summary>A fake durable store: each load of a key is counted and gives a new value, "key#n" for the n-th load.</summary>
    private sealed class CountingLoader(Func<string, long> bytesOf)
    {
        public Dictionary<string, int> Loads { get; } = [];

        public Func<Task<(string Value, long Bytes)>> For(string key) => () =>
        {
            int n = Loads[key] = Loads.GetValueOrDefault(key) + 1;
            return Task.FromResult(($"{key}#{n}", bytesOf(key)));
        };
    }

    private static async Task<string> Get(MemoryBudgetCache<string, string> cache, CountingLoader loader, string key) =>
        await cache.GetOrLoadAsync(key, loader.For(key));

    [Fact]
    public async Task WithinTheBudgetNothingIsEvictedAndEachKeyLoadsOnce()
    {
        var cache = new MemoryBudgetCache<string, string>(300);
        var loader = new CountingLoader(_ => 100);

        foreach (var key in new[] { "a", "b", "c", "b", "a", "c", "c" }) Assert.Equal($"{key}#1", await Get(cache, loader, key));

        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["b"] = 1, ["c"] = 1 }, loader.Loads);
        Assert.Equal(0, cache.Evictions);
        Assert.Equal(3, cache.Count);
        Assert.Equal(300, cache.UsedBytes);
    }

    [Fact]
    public async Task PastTheBudgetTheLeastRecentlyUsedEntryIsDropped()
    {
        var cache = new MemoryBudgetCache<string, string>(300);
        var loader = new CountingLoader(_ => 100);
        foreach (var key in new[] { "a", "b", "c", "a" }) await Get(cache, loader, key);

        await Get(cache, loader, "d");
        foreach (var key in new[] { "a", "c", "d" }) await Get(cache, loader, key);

        Assert.Equal(1, cache.Evictions);
        Assert.Equal(3, cache.Count);
        Assert.Equal(300, cache.UsedBytes);
        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["b"] = 1, ["c"] = 1, ["d"] = 1 }, loader.Loads);
    }

    [Fact]
    public async Task ADroppedEntryIsLoadedAgainOnItsNextUse()
    {
        var cache = new MemoryBudgetCache<string, string>(200);
        var loader = new CountingLoader(_ => 100);
        foreach (var key in new[] { "a", "b", "c" }) await Get(cache, loader, key);

        Assert.Equal("a#2", await Get(cache, loader, "a"));
        Assert.Equal("a#2", await Get(cache, loader, "a"));
        Assert.Equal(2, cache.Evictions);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task LoadsAndEvictionsFollowALeastRecentlyUsedReferenceAndStayWithinTheBudget(int seed)
    {
        const long budget = 400;
        var random = new Random(seed);
        var sizes = Enumerable.Range(0, 20).ToDictionary(i => $"k{i}", i => i % 7 == 0 ? budget + 1 + random.Next(200) : random.Next(1, 150));
        var cache = new MemoryBudgetCache<string, string>(budget);
        var loader = new CountingLoader(key => sizes[key]);
        var reference = new List<string>(); // most recently used first
        var expectedLoads = new Dictionary<string, int>();

        for (int step = 0; step < 500; step++)
        {
            string key = $"k{random.Next(sizes.Count)}";
            if (!reference.Remove(key))
            {
                expectedLoads[key] = expectedLoads.GetValueOrDefault(key) + 1;
                while (reference.Count > 0 && reference.Sum(k => sizes[k]) + sizes[key] > budget) reference.RemoveAt(reference.Count - 1);
            }
            reference.Insert(0, key);

            Assert.Equal($"{key}#{expectedLoads[key]}", await Get(cache, loader, key));
            Assert.Equal(reference.Sum(k => sizes[k]), cache.UsedBytes);
            Assert.Equal(reference.Count, cache.Count);
            Assert.True(cache.UsedBytes <= budget || (cache.Count == 1 && sizes[key] > budget),
                $"step {step}: {cache.UsedBytes} bytes in {cache.Count} entries");
        }

        Assert.Equal(expectedLoads, loader.Loads);
    }

    [Fact]
    public async Task AnEntryLargerThanTheBudgetIsReturnedAndKeptUntilAnotherIsLoaded()
    {
        var cache = new MemoryBudgetCache<string, string>(100);
        var loader = new CountingLoader(key => key == "big" ? 250 : 50);
        await Get(cache, loader, "a");

        Assert.Equal("big#1", await Get(cache, loader, "big"));
        Assert.Equal("big#1", await Get(cache, loader, "big"));
        Assert.Equal((1, 250L), (cache.Count, cache.UsedBytes));

        await Get(cache, loader, "b");
        Assert.Equal((1, 50L), (cache.Count, cache.UsedBytes));
        Assert.Equal(2, cache.Evictions);
    }

    [Fact]
    public async Task RemoveFreesItsBytesAndForcesAReload()
    {
        var cache = new MemoryBudgetCache<string, string>(1000);
        var loader = new CountingLoader(key => key == "a" ? 100 : 30);
        await Get(cache, loader, "a");
        await Get(cache, loader, "b");

        cache.Remove("a");
        cache.Remove("never loaded");

        Assert.Equal((1, 30L), (cache.Count, cache.UsedBytes));
        Assert.Equal("a#2", await Get(cache, loader, "a"));
        Assert.Equal("b#1", await Get(cache, loader, "b"));
        Assert.Equal(0, cache.Evictions);
    }

    [Fact]
    public async Task ALoadThatOverlapsARemoveIsReturnedButNotKept()
    {
        var cache = new MemoryBudgetCache<string, string>(1000);
        var stale = new TaskCompletionSource<(string Value, long Bytes)>();
        var loading = cache.GetOrLoadAsync("a", () => stale.Task);

        cache.Remove("a");
        stale.SetResult(("old a", 10));

        Assert.Equal("old a", await loading);
        Assert.Equal((0, 0L), (cache.Count, cache.UsedBytes));
        Assert.Equal("new a", await cache.GetOrLoadAsync("a", () => Task.FromResult(("new a", 10L))));
    }

    [Fact]
    public async Task CallersThatMissAKeyWhileItLoadsShareThatLoadInsteadOfStartingAnother()
    {
        var cache = new MemoryBudgetCache<string, string>(1000);
        var first = new TaskCompletionSource<(string Value, long Bytes)>();
        int secondLoads = 0;
        var firstLoading = cache.GetOrLoadAsync("a", () => first.Task);
        var secondLoading = cache.GetOrLoadAsync("a", () => { secondLoads++; return Task.FromResult(("second a", 10L)); });

        first.SetResult(("first a", 10));

        Assert.Equal("first a", await firstLoading);
        Assert.Equal("first a", await secondLoading);
        Assert.Equal(0, secondLoads);
        Assert.Equal((1, 10L), (cache.Count, cache.UsedBytes));
    }

    [Fact]
    public async Task AFailedLoadFailsEveryCallerThatSharedItAndTheNextCallLoadsAgain()
    {
        var cache = new MemoryBudgetCache<string, string>(1000);
        var failing = new TaskCompletionSource<(string Value, long Bytes)>();
        var firstLoading = cache.GetOrLoadAsync("a", () => failing.Task);
        var secondLoading = cache.GetOrLoadAsync("a", () => Task.FromResult(("never", 10L)));

        failing.SetException(new IOException("segment unreadable"));

        Assert.Equal("segment unreadable", (await Assert.ThrowsAsync<IOException>(() => firstLoading)).Message);
        Assert.Equal("segment unreadable", (await Assert.ThrowsAsync<IOException>(() => secondLoading)).Message);
        Assert.Equal("a again", await cache.GetOrLoadAsync("a", () => Task.FromResult(("a again", 10L))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void ABudgetBelowOneByteIsRejected(long budgetBytes) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MemoryBudgetCache<string, string>(budgetBytes));
}
