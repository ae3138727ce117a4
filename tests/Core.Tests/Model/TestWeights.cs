using Leitmotif.Core.Model;

namespace Leitmotif.Core.Tests.Model;

/// <summary>Builds <see cref="ModelWeights"/> for tests: seeded He-initialised values or hand-set ones.</summary>
internal static class TestWeights
{
    /// <summary>Every parameter's TorchSharp shape, by name (see <see cref="ModelWeights"/>).</summary>
    internal static readonly IReadOnlyDictionary<string, int[]> Shapes = ModelLayout.Parameters.ToDictionary(p => p.Name, p => p.Shape);

    /// <summary>He-normal weights (std √(2 / fan-in)), biases N(0, 0.1²), the fixed pitch-class pooling and a
    /// random blank unit.</summary>
    internal static ModelWeights Random(int seed)
    {
        var random = new Random(seed);
        var tensors = Shapes.ToDictionary(kv => kv.Key, kv =>
        {
            int[] shape = kv.Value;
            int fanIn = shape.Length == 1 ? 1 : shape.Skip(1).Aggregate(1, (a, b) => a * b);
            double std = shape.Length == 1 ? 0.1 : Math.Sqrt(2.0 / fanIn);
            var data = new float[shape.Aggregate(1, (a, b) => a * b)];
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (float)(std * Gaussian(random));
            }

            return new NamedTensor(kv.Key, shape, data);
        });
        tensors["pitchclass.weight"] = ModelLayout.PitchClassPooling();
        tensors["pitchclass.bias"] = Filled("pitchclass.bias", 0f);
        return new ModelWeights($"random-{seed}", tensors);
    }

    /// <summary>All weights zero, the fixed pitch-class pooling in place; callers overwrite what a test needs.</summary>
    internal static Dictionary<string, NamedTensor> Zero()
    {
        var tensors = Shapes.Keys.ToDictionary(name => name, name => Filled(name, 0f));
        tensors["pitchclass.weight"] = ModelLayout.PitchClassPooling();
        return tensors;
    }

    /// <summary>A tensor of the named parameter's shape with every value <paramref name="value"/>.</summary>
    internal static NamedTensor Filled(string name, float value)
    {
        int[] shape = Shapes[name];
        var data = new float[shape.Aggregate(1, (a, b) => a * b)];
        Array.Fill(data, value);
        return new NamedTensor(name, shape, data);
    }

    /// <summary>Uniform random HCQT-like input in [0, 1), shape (T, 216, 6).</summary>
    internal static float[] RandomInput(int frames, int seed)
    {
        var random = new Random(seed);
        var data = new float[frames * 216 * 6];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = random.NextSingle();
        }

        return data;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
