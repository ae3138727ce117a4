using TorchSharp;
using static TorchSharp.torch;

namespace Leitmotif.Core.Tests.Model;

public class TorchSharpLoadTests
{
    [Fact]
    public void CtcLossOnCpuEqualsNegativeLogOfTheOnlyAlignment()
    {
        // One frame, one target label: the only alignment is that label, so the loss is -log p(label).
        using var logProbs = tensor(new float[] { MathF.Log(0.25f), MathF.Log(0.75f) }).reshape(1, 1, 2);
        using var targets = tensor(new long[] { 1 }).reshape(1, 1);
        using var inputLengths = tensor(new long[] { 1 });
        using var targetLengths = tensor(new long[] { 1 });
        using var ctc = nn.CTCLoss(blank: 0, reduction: nn.Reduction.Sum);

        using var loss = ctc.forward(logProbs, targets, inputLengths, targetLengths);

        Assert.Equal(DeviceType.CPU, loss.device_type);
        Assert.Equal(-MathF.Log(0.75f), loss.item<float>(), 5);
    }
}
