namespace Leitmotif.Core.Storage;

/// <summary>
/// Durable storage of named immutable objects, shared by every silo. Names are '/'-separated relative paths such as
/// <c>shards/p07g0/cens/000003.lms</c>.
/// </summary>
public interface IObjectStore
{
    /// <summary>Stores <paramref name="content"/> whole under <paramref name="name"/>, replacing any object there;
    /// never leaves a partial object visible.</summary>
    Task WriteAsync(string name, byte[] content, CancellationToken cancellationToken = default);

    /// <summary>The content stored under <paramref name="name"/>, or null when there is none.</summary>
    Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Removes the object <paramref name="name"/>; nothing happens when there is none.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken = default);
}
