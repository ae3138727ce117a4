namespace Leitmotif.Abstractions.Messages;

/// <summary>Where one rotation of a training job stands.</summary>
[GenerateSerializer]
public enum FoldState
{
    /// <summary>Waiting for a free training slot.</summary>
    Pending,

    /// <summary>Training.</summary>
    Running,

    /// <summary>Finished; its model is published.</summary>
    Done,

    /// <summary>Stopped by an error (see <see cref="FoldStatus.Error"/>).</summary>
    Failed,
}
