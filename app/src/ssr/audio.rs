//! Synthetic call audio for the demo register: a few seconds of 8 kHz, 16-bit mono WAV
//! (telephone quality) with a ring-back tone and a short two-voice motif, so a demo
//! recording is real, playable audio and no real person's voice.

use std::f32::consts::TAU;
use std::io::Cursor;

const RATE: u32 = 8_000;

/// Renders a recording of about `seconds` seconds; `variant` changes the motif so
/// recordings differ.
pub fn demo_call_wav(seconds: u32, variant: u32) -> Vec<u8> {
    let spec =
        hound::WavSpec { channels: 1, sample_rate: RATE, bits_per_sample: 16, sample_format: hound::SampleFormat::Int };
    let mut out = Cursor::new(Vec::new());
    {
        let mut w = hound::WavWriter::new(&mut out, spec).expect("in-memory WAV writer");
        let total = RATE * seconds.max(1);
        // Finnish ring-back tone: 425 Hz, 1 s on, 4 s off; the first second only.
        let motif: [f32; 6] = [392.0, 440.0, 494.0, 523.0, 494.0, 440.0];
        for n in 0..total {
            let t = n as f32 / RATE as f32;
            let sample = if t < 1.0 {
                0.3 * (TAU * 425.0 * t).sin()
            } else if t < 1.3 {
                0.0
            } else {
                let step = ((t - 1.3) * 3.0) as usize;
                let f = motif[(step + variant as usize) % motif.len()];
                let env = 1.0 - ((t - 1.3) * 3.0).fract();
                0.25 * env * ((TAU * f * t).sin() + 0.4 * (TAU * f * 1.5 * t).sin())
            };
            w.write_sample((sample * i16::MAX as f32) as i16).expect("write to memory");
        }
        w.finalize().expect("finalize WAV");
    }
    out.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn produces_a_readable_wav_of_the_requested_length() {
        let bytes = demo_call_wav(4, 1);
        let reader = hound::WavReader::new(Cursor::new(&bytes)).unwrap();
        assert_eq!(reader.spec().sample_rate, RATE);
        assert_eq!(reader.duration(), 4 * RATE);
        assert_eq!(&bytes[..4], b"RIFF");
        assert_ne!(demo_call_wav(4, 1), demo_call_wav(4, 2));
    }
}
