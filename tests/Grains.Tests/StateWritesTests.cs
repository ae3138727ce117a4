using Orleans.Storage;

namespace Leitmotif.Grains.Tests;

public class StateWritesTests
{
    /// <summary>A stored record with an ETag, and an activation's view of it, as Orleans' storage bridge keeps them.</summary>
    private sealed class StoredState(int stored, string? storedETag) : IPersistentState<int>
    {
        private int _version;

        public int Stored { get; private set; } = stored;
        public string? StoredETag { get; private set; } = storedETag;
        public int State { get; set; }
        public string? Etag { get; set; }
        public bool RecordExists { get; set; }
        public int WriteAttempts { get; private set; }

        public Task ReadStateAsync()
        {
            (State, Etag, RecordExists) = (Stored, StoredETag, StoredETag != null);
            return Task.CompletedTask;
        }

        public Task WriteStateAsync()
        {
            WriteAttempts++;
            if (Etag != StoredETag) throw new InconsistentStateException("stored ETag differs", StoredETag, Etag);
            (Stored, StoredETag) = (State, $"w{++_version}");
            Etag = StoredETag;
            return Task.CompletedTask;
        }

        public Task ClearStateAsync() => throw new NotSupportedException();
    }

    [Fact]
    public async Task AWriteWhoseAnswerWasLostIsFollowedByTheActivationsNewestStateInsteadOfAnError()
    {
        var state = new StoredState(stored: 7, storedETag: "after-the-lost-answer") { State = 9, Etag = "before-the-lost-answer" };

        await state.SaveAsync();

        Assert.Equal(9, state.Stored);
        Assert.Equal(9, state.State);
        Assert.Equal(state.StoredETag, state.Etag);
    }

    [Fact]
    public async Task StateThatStorageLostIsWrittenAgain()
    {
        var state = new StoredState(stored: 0, storedETag: null) { State = 42, Etag = "known-before-storage-restarted" };

        await state.SaveAsync();

        Assert.Equal(42, state.Stored);
    }

    [Fact]
    public async Task AConflictIsNotRetriedByTheGeneralRetryWhichWouldMeetItAgain()
    {
        var state = new StoredState(stored: 7, storedETag: "newer") { State = 9, Etag = "older" };

        await Assert.ThrowsAsync<InconsistentStateException>(() => ClusterRetry.RunAsync(() => state.WriteStateAsync()));
        Assert.Equal(1, state.WriteAttempts); // tried once: retrying with the same stale ETag would only meet the conflict again
        Assert.Equal(7, state.Stored);
    }
}
