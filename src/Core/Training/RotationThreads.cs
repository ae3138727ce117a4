namespace Leitmotif.Core.Training;

/// <summary>
/// Shares a process's cores among the training rotations running in it: each running rotation gets cores ÷ rotations torch
/// threads (at least one), and at most as many rotations as cores run at once; more wait for a place.
/// </summary>
/// <remarks>libtorch's intra-op thread count is a process-wide setting, so each rotation sets it again before every step
/// (<see cref="ThreadsPerRotation"/>); rotations that start or end change it for all. Thread-safe.</remarks>
public sealed class RotationThreads
{
    private readonly SemaphoreSlim _places;
    private int _running;

    /// <summary>Shares <paramref name="cores"/> cores.</summary>
    public RotationThreads(int cores)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cores, 1);
        Cores = cores;
        _places = new SemaphoreSlim(cores, cores);
    }

    /// <summary>The share of this process: <see cref="Environment.ProcessorCount"/> cores.</summary>
    public static RotationThreads Process { get; } = new(Environment.ProcessorCount);

    /// <summary>The cores shared.</summary>
    public int Cores { get; }

    /// <summary>Rotations holding a place now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Torch threads each running rotation should use now: cores ÷ running rotations, at least 1.</summary>
    public int ThreadsPerRotation => Math.Max(1, Cores / Math.Max(1, Running));

    /// <summary>Waits for a place; disposing the result gives it back.</summary>
    /// <exception cref="OperationCanceledException">Cancelled while waiting.</exception>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken = default)
    {
        await _places.WaitAsync(cancellationToken);
        Interlocked.Increment(ref _running);
        return new Place(this);
    }

    private sealed class Place(RotationThreads owner) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 1) return;
            Interlocked.Decrement(ref owner._running);
            owner._places.Release();
        }
    }
}
