namespace Leitmotif.Core.Model;

/// <summary>Where an installed model comes from.</summary>
public enum ModelOrigin
{
    /// <summary>One of the paper's published checkpoints, every file as pinned (<see cref="Published.PublishedModels"/>).</summary>
    Published,

    /// <summary>A TensorFlow checkpoint that is not one of the pinned files.</summary>
    Checkpoint,

    /// <summary>The project's own model file (<see cref="ModelFile"/>), as <c>train</c> writes them.</summary>
    Own,
}
